package be.coop.backoffice.dimona;

import be.coop.backoffice.common.EnterpriseNumber;
import be.coop.backoffice.common.InvalidIdentifierException;
import java.util.Objects;

/**
 * An employing structure as DIMONA knows it: its social-security (NOSS/ONSS) registration number
 * and its enterprise number.
 *
 * <p>The registration number has 9 digits whose last two equal
 * {@code 96 − (first 7 digits × 100 mod 97)} (the schema's examples, {@code 175110801}, follow it);
 * it is checked on construction like the other identifiers.
 */
public record DimonaEmployer(String structure, String name, String nossRegistrationNumber, EnterpriseNumber enterpriseNumber) {

    public DimonaEmployer {
        Objects.requireNonNull(structure, "structure");
        if (nossRegistrationNumber == null || !nossRegistrationNumber.matches("1[0-9]{8}")) {
            throw new InvalidIdentifierException("NOSS registration number of " + structure
                    + " must have 9 digits starting with 1: '" + nossRegistrationNumber + "'");
        }
        long base = Long.parseLong(nossRegistrationNumber.substring(0, 7));
        int check = Integer.parseInt(nossRegistrationNumber.substring(7));
        if (96 - (base * 100) % 97 != check) {
            throw new InvalidIdentifierException("NOSS registration number of " + structure
                    + " check digits do not match (96 - base x 100 mod 97): '" + nossRegistrationNumber + "'");
        }
    }
}
