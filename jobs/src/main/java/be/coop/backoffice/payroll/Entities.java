package be.coop.backoffice.payroll;

import be.coop.backoffice.common.config.ConfigException;
import be.coop.backoffice.common.config.ConfigTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;

/**
 * The entities of {@code config/entities.csv}, columns
 * {@code entity;country;name;fee_rate;fee_rate_legal_persons;salary_payment_delay}
 * ({@code fee_rate_legal_persons} and {@code salary_payment_delay} may be empty).
 */
public final class Entities {

    private final String source;
    private final Map<String, Entity> byCode;

    private Entities(String source, Map<String, Entity> byCode) {
        this.source = source;
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static Entities load(Path file) {
        return from(ConfigTable.read(file));
    }

    public static Entities from(ConfigTable table) {
        table.requireColumns("entity", "country", "name", "fee_rate", "fee_rate_legal_persons", "salary_payment_delay");
        return new Entities(table.source(), table.byKey("entity", row -> {
            String code = row.required("entity");
            String country = row.required("country");
            if (!country.matches("[A-Z]{2}")) {
                throw row.error("country must be an ISO code of two capital letters: '" + country + "'");
            }
            BigDecimal feeRate = fraction(row, "fee_rate");
            BigDecimal legalPersons = row.optional("fee_rate_legal_persons").isPresent()
                    ? fraction(row, "fee_rate_legal_persons") : feeRate;
            return new Entity(code, country, row.required("name"), feeRate, legalPersons,
                    row.optional("salary_payment_delay").map(text -> delay(row, text)));
        }));
    }

    public Entity get(String code) {
        Entity entity = byCode.get(code);
        if (entity == null) {
            throw new ConfigException("unknown entity '" + code + "' (" + source + " lists " + byCode.keySet() + ")");
        }
        return entity;
    }

    public Collection<Entity> all() {
        return byCode.values();
    }

    private static BigDecimal fraction(ConfigTable.Row row, String column) {
        BigDecimal value = row.decimal(column);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw row.error(column + " is a fraction (0.065 for 6.5%), not " + value.toPlainString());
        }
        return value;
    }

    private static PaymentDelayRule delay(ConfigTable.Row row, String text) {
        try {
            return PaymentDelayRule.parse(text);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }
}
