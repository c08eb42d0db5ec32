package be.coop.backoffice.common;

import java.util.Map;

/**
 * International bank account number (ISO 13616): country code, 2 check digits, a national part;
 * valid when the number rearranged (first four characters moved to the end, letters as 10..35)
 * is 1 modulo 97. The length is checked for the countries the cooperative's members and clients
 * bank in; others must be 15..34 characters. Spaces are accepted and dropped.
 */
public record Iban(String value) {

    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("BE", 16), Map.entry("FR", 27), Map.entry("NL", 18), Map.entry("DE", 22),
            Map.entry("LU", 20), Map.entry("ES", 24), Map.entry("IT", 27), Map.entry("GB", 22),
            Map.entry("AT", 20), Map.entry("PT", 25), Map.entry("IE", 22), Map.entry("CH", 21),
            Map.entry("SE", 24), Map.entry("DK", 18), Map.entry("PL", 28), Map.entry("HU", 28));

    public Iban {
        if (value == null) {
            throw new InvalidIdentifierException("IBAN is missing");
        }
        String compact = value.replace(" ", "").toUpperCase();
        if (compact.length() < 15 || compact.length() > 34 || !compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            throw new InvalidIdentifierException("IBAN has not the form CCnn + account: '" + value + "'");
        }
        Integer expected = LENGTHS.get(compact.substring(0, 2));
        if (expected != null && expected != compact.length()) {
            throw new InvalidIdentifierException("IBAN of " + compact.substring(0, 2) + " must have "
                    + expected + " characters: '" + value + "'");
        }
        if (remainder(compact.substring(4) + compact.substring(0, 4)) != 1) {
            throw new InvalidIdentifierException("IBAN check digits do not match (mod 97): '" + value + "'");
        }
        value = compact;
    }

    public static Iban of(String value) {
        return new Iban(value);
    }

    /**
     * The Belgian IBAN of a 12-digit Belgian account number whose own check digits are right:
     * bank code (3) + account (7) + {@code account mod 97} (2, 97 for 0).
     */
    public static Iban belgian(long bankAndAccount10Digits) {
        String ten = String.format("%010d", bankAndAccount10Digits);
        int national = Mod97.remainder(ten);
        String bban = ten + String.format("%02d", national == 0 ? 97 : national);
        int check = 98 - remainder(bban + "BE00");
        return new Iban("BE" + String.format("%02d", check) + bban);
    }

    public String countryCode() {
        return value.substring(0, 2);
    }

    /** Groups of four, as printed on statements and letters. */
    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static int remainder(String rearranged) {
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(c);
            } else {
                digits.append(c - 'A' + 10);
            }
        }
        return Mod97.remainder(digits.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
