package be.coop.backoffice.payroll;

import be.coop.backoffice.common.config.ConfigException;
import be.coop.backoffice.common.config.ConfigTable;
import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dated table of payroll rates, one {@link YearRates} per calendar year, loaded from
 * {@code config/payroll-rates.csv} (columns {@code year;parameter;contract_type;value;note}).
 *
 * <p>A contract is computed with the rates of the year of its <em>end</em> date: a contract is
 * paid and declared once, after it ends, and contracts last at most a month, so the end date is
 * the one that decides which year's payroll it belongs to.
 *
 * <p>The file is refused whole when a year misses a parameter (or a contract type of a parameter
 * given per contract type), repeats one, or gives a rate outside 0..1.
 */
public final class PayrollRates {

    private final String source;
    private final Map<Integer, YearRates> byYear;

    private PayrollRates(String source, Map<Integer, YearRates> byYear) {
        this.source = source;
        this.byYear = Collections.unmodifiableMap(byYear);
    }

    public static PayrollRates load(Path file) {
        return from(ConfigTable.read(file));
    }

    public static PayrollRates from(ConfigTable table) {
        table.requireColumns("year", "parameter", "contract_type", "value");
        Map<Integer, Map<String, BigDecimal>> values = new TreeMap<>();
        for (ConfigTable.Row row : table.rows()) {
            int year = row.integer("year");
            RateParameter parameter = parameter(row);
            String key = key(parameter, contractType(row, parameter));
            BigDecimal value = row.decimal("value");
            if (value.signum() < 0) {
                throw row.error(parameter + " must not be negative: " + value.toPlainString());
            }
            if (parameter.name().endsWith("_RATE") && value.compareTo(BigDecimal.ONE) > 0) {
                throw row.error(parameter + " is a fraction (0.1307 for 13.07%), not " + value.toPlainString());
            }
            if (values.computeIfAbsent(year, y -> new TreeMap<>()).putIfAbsent(key, value) != null) {
                throw row.error(key.replace('/', ' ') + " is given twice for " + year);
            }
        }
        Map<Integer, YearRates> byYear = new TreeMap<>();
        values.forEach((year, yearValues) -> byYear.put(year, yearRates(table.source(), year, yearValues)));
        return new PayrollRates(table.source(), byYear);
    }

    /** The rates of a calendar year; fails naming the file when that year is not configured. */
    public YearRates forYear(int year) {
        YearRates rates = byYear.get(year);
        if (rates == null) {
            throw new ConfigException("no payroll rates for " + year + " in " + source
                    + " (configured years: " + byYear.keySet() + ")");
        }
        return rates;
    }

    /** The rates that apply to a contract ending on {@code endDate}: those of its year. */
    public YearRates forContractEnding(LocalDate endDate) {
        return forYear(endDate.getYear());
    }

    private static RateParameter parameter(ConfigTable.Row row) {
        String name = row.required("parameter");
        try {
            return RateParameter.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw row.error("unknown parameter '" + name + "', expected one of " + Arrays.toString(RateParameter.values()));
        }
    }

    private static ContractType contractType(ConfigTable.Row row, RateParameter parameter) {
        String name = row.optional("contract_type").orElse(null);
        if (!parameter.perContractType()) {
            if (name != null) {
                throw row.error(parameter + " is the same for every contract type: leave contract_type empty");
            }
            return null;
        }
        if (name == null) {
            throw row.error(parameter + " is given per contract type: contract_type is empty");
        }
        try {
            return ContractType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw row.error("unknown contract_type '" + name + "', expected one of " + Arrays.toString(ContractType.values()));
        }
    }

    private static String key(RateParameter parameter, ContractType type) {
        return type == null ? parameter.name() : parameter.name() + "/" + type.name();
    }

    private static YearRates yearRates(String source, int year, Map<String, BigDecimal> values) {
        Lookup lookup = new Lookup(source, year, values);
        return new YearRates(
                year,
                lookup.get(RateParameter.WORKER_SOCIAL_SECURITY_RATE),
                lookup.get(RateParameter.STUDENT_SOLIDARITY_RATE),
                lookup.get(RateParameter.STUDENT_QUOTA_HOURS),
                lookup.perType(RateParameter.MINIMUM_WITHHOLDING_RATE),
                lookup.perType(RateParameter.EMPLOYER_COST_RATE),
                lookup.money(RateParameter.COURIER_MINIMUM_HOURLY_WAGE),
                lookup.get(RateParameter.COURIER_MINIMUM_PAID_HOURS_PER_DAY),
                lookup.money(RateParameter.COURIER_DAILY_ALLOWANCE));
    }

    private record Lookup(String source, int year, Map<String, BigDecimal> values) {

        BigDecimal get(RateParameter parameter) {
            return require(key(parameter, null), parameter.name());
        }

        Money money(RateParameter parameter) {
            BigDecimal value = get(parameter);
            if (value.stripTrailingZeros().scale() > 2) {
                throw new ConfigException(source + ": " + parameter + " of " + year + " has more than two decimals: "
                        + value.toPlainString());
            }
            return new Money(value);
        }

        Map<ContractType, BigDecimal> perType(RateParameter parameter) {
            Map<ContractType, BigDecimal> rates = new EnumMap<>(ContractType.class);
            for (ContractType type : ContractType.values()) {
                rates.put(type, require(key(parameter, type), parameter + " for " + type));
            }
            return rates;
        }

        private BigDecimal require(String key, String what) {
            BigDecimal value = values.get(key);
            if (value == null) {
                throw new ConfigException(source + ": year " + year + " has no " + what);
            }
            return value;
        }
    }
}
