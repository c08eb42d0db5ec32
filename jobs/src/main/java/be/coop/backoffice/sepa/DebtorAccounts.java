package be.coop.backoffice.sepa;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.config.ConfigException;
import be.coop.backoffice.common.config.ConfigTable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;

/** The paying accounts of {@code config/debtor-accounts.csv}, columns {@code payer;name;iban;bic}. */
public final class DebtorAccounts {

    private final String source;
    private final Map<String, DebtorAccount> byPayer;

    private DebtorAccounts(String source, Map<String, DebtorAccount> byPayer) {
        this.source = source;
        this.byPayer = Collections.unmodifiableMap(byPayer);
    }

    public static DebtorAccounts load(Path file) {
        return from(ConfigTable.read(file));
    }

    public static DebtorAccounts from(ConfigTable table) {
        table.requireColumns("payer", "name", "iban", "bic");
        return new DebtorAccounts(table.source(), table.byKey("payer", row -> new DebtorAccount(
                row.required("payer"), row.required("name"), Iban.of(row.required("iban")), row.required("bic"))));
    }

    public DebtorAccount forPayer(String payer) {
        DebtorAccount account = byPayer.get(payer);
        if (account == null) {
            throw new ConfigException("no debtor account for payer '" + payer + "' in " + source + " (lists " + byPayer.keySet() + ")");
        }
        return account;
    }
}
