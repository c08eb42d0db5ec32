package be.coop.backoffice.sepa;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.InvalidIdentifierException;
import be.coop.backoffice.common.config.ConfigException;
import be.coop.backoffice.common.config.ConfigTable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        Map<String, DebtorAccount> byPayer = new LinkedHashMap<>();
        for (ConfigTable.Row row : table.rows()) {
            DebtorAccount account;
            try {
                account = new DebtorAccount(row.required("payer"), row.required("name"),
                        Iban.of(row.required("iban")), row.required("bic"));
            } catch (InvalidIdentifierException e) {
                throw row.error(e.getMessage());
            }
            if (byPayer.putIfAbsent(account.payer(), account) != null) {
                throw row.error("payer " + account.payer() + " is listed twice");
            }
        }
        return new DebtorAccounts(table.source(), byPayer);
    }

    public DebtorAccount forPayer(String payer) {
        DebtorAccount account = byPayer.get(payer);
        if (account == null) {
            throw new ConfigException("no debtor account for payer '" + payer + "' in " + source + " (lists " + byPayer.keySet() + ")");
        }
        return account;
    }
}
