package be.coop.backoffice.sepa;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.InvalidIdentifierException;
import java.util.Objects;

/**
 * An account the cooperative pays salaries from, as configured in {@code config/debtor-accounts.csv}.
 *
 * @param payer the code the payroll uses for it (the employing structure: PA, PI, FA)
 * @param bic the bank's BIC (8 or 11 characters), checked against the ISO 9362 form on construction
 */
public record DebtorAccount(String payer, String name, Iban iban, String bic) {

    public DebtorAccount {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iban, "iban");
        if (bic == null || !bic.matches("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?")) {
            throw new InvalidIdentifierException("BIC of " + payer + " must have 8 or 11 characters (ISO 9362): '" + bic + "'");
        }
    }
}
