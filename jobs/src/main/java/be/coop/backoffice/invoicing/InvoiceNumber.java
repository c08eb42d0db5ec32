package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.StructuredCommunication;
import java.util.regex.Pattern;

/**
 * An invoice (or credit note) number: the structure's prefix, the calendar year of the issue date
 * and the number in that structure's year, {@code PA-2017-000001}. Numbers come from
 * {@code invoice_number_counter}, one sequence per structure and year shared by invoices and
 * credit notes, gapless.
 *
 * <p>The structured communication of the invoice is derived from its number, so a payment names
 * its invoice without a lookup table: base = structure digit (1 PA, 2 PI, 3 FA;
 * {@code structure.communication_digit}) × 10<sup>9</sup> + two-digit year × 10<sup>7</sup> +
 * number in year, i.e. {@code D YY NNNNNNN}, then the two mod-97 check digits. Distinct numbers of
 * one century give distinct communications.
 */
public record InvoiceNumber(String prefix, int year, int numberInYear) {

    /** The register and the communication both hold six digits of number in a year. */
    public static final int MAX_NUMBER_IN_YEAR = 999_999;
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,4}");

    public InvoiceNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("invoice prefix must be 1 to 4 capital letters: " + prefix);
        }
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (numberInYear < 1 || numberInYear > MAX_NUMBER_IN_YEAR) {
            throw new IllegalArgumentException("number in year must be 1.." + MAX_NUMBER_IN_YEAR + ": " + numberInYear);
        }
    }

    /** {@code PA-2017-000001}. */
    public String formatted() {
        String number = Integer.toString(numberInYear);
        return prefix + "-" + year + "-" + "0".repeat(6 - number.length()) + number;
    }

    /** The structured communication of this number for a structure of {@code structureDigit} (1..9). */
    public StructuredCommunication communication(int structureDigit) {
        if (structureDigit < 1 || structureDigit > 9) {
            throw new IllegalArgumentException("structure communication digit must be 1..9: " + structureDigit);
        }
        return StructuredCommunication.fromBase(structureDigit * 1_000_000_000L + (year % 100) * 10_000_000L
                + numberInYear);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
