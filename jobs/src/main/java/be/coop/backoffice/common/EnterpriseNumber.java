package be.coop.backoffice.common;

/**
 * Belgian enterprise number (KBO/BCE): 10 digits starting with 0 or 1, whose last two digits
 * equal {@code 97 - (first 8 digits mod 97)}. Accepts {@code 0123.456.749}, {@code BE0123456749}
 * and spaces, and keeps the 10 digits.
 */
public record EnterpriseNumber(String value) {

    public EnterpriseNumber {
        if (value == null) {
            throw new InvalidIdentifierException("enterprise number is missing");
        }
        String digits = value.replaceAll("[.\\s]", "");
        if (digits.regionMatches(true, 0, "BE", 0, 2)) {
            digits = digits.substring(2);
        }
        if (digits.length() == 9) {
            digits = "0" + digits; // the old 9-digit form
        }
        if (digits.length() != 10 || !Mod97.allDigits(digits)) {
            throw new InvalidIdentifierException("enterprise number must have 10 digits: '" + value + "'");
        }
        if (digits.charAt(0) != '0' && digits.charAt(0) != '1') {
            throw new InvalidIdentifierException("enterprise number must start with 0 or 1: '" + value + "'");
        }
        int check = Integer.parseInt(digits.substring(8));
        if (97 - Mod97.remainder(digits.substring(0, 8)) != check) {
            throw new InvalidIdentifierException("enterprise number check digits do not match (mod 97): '" + value + "'");
        }
        value = digits;
    }

    public static EnterpriseNumber of(String value) {
        return new EnterpriseNumber(value);
    }

    /** The valid enterprise number with the given 8-digit base (0..19,999,999). */
    public static EnterpriseNumber fromBase(int base) {
        String b = String.format("%08d", base);
        return new EnterpriseNumber(b + String.format("%02d", 97 - Mod97.remainder(b)));
    }

    /** The Belgian VAT number of this enterprise, {@code BE0123456749}. */
    public String vatNumber() {
        return "BE" + value;
    }

    /** The formatted form {@code 0123.456.749}. */
    public String formatted() {
        return value.substring(0, 4) + "." + value.substring(4, 7) + "." + value.substring(7);
    }

    @Override
    public String toString() {
        return value;
    }
}
