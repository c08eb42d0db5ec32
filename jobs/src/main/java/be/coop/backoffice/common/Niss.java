package be.coop.backoffice.common;

import java.time.LocalDate;

/**
 * Belgian national number (NISS / INSZ / rijksregisternummer): 11 digits, {@code YYMMDD} birth
 * date (or a bis number with month + 20/40), a 3-digit serial and 2 check digits.
 *
 * <p>Check rule: the check digits equal {@code 97 - (first 9 digits mod 97)}; for people born in
 * 2000 or later the 9 digits are prefixed with {@code 2} before the modulo. Accepts the usual
 * punctuation ({@code 85.07.30-033.28}) and keeps the 11 digits.
 */
public record Niss(String value) {

    public Niss {
        if (value == null) {
            throw new InvalidIdentifierException("national number is missing");
        }
        String digits = value.replaceAll("[.\\-\\s]", "");
        if (digits.length() != 11 || !Mod97.allDigits(digits)) {
            throw new InvalidIdentifierException("national number must have 11 digits: '" + value + "'");
        }
        int check = Integer.parseInt(digits.substring(9));
        String base = digits.substring(0, 9);
        boolean before2000 = 97 - Mod97.remainder(base) == check;
        boolean from2000 = 97 - Mod97.remainder("2" + base) == check;
        if (!before2000 && !from2000) {
            throw new InvalidIdentifierException("national number check digits do not match (mod 97): '" + value + "'");
        }
        value = digits;
    }

    public static Niss of(String value) {
        return new Niss(value);
    }

    /** Builds the valid national number of a person born on {@code birthDate} with a serial 1..998. */
    public static Niss forBirthDate(LocalDate birthDate, int serial) {
        if (serial < 1 || serial > 998) {
            throw new IllegalArgumentException("serial must be 1..998: " + serial);
        }
        String base = String.format("%02d%02d%02d%03d",
                birthDate.getYear() % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth(), serial);
        String prefixed = birthDate.getYear() >= 2000 ? "2" + base : base;
        int check = 97 - Mod97.remainder(prefixed);
        return new Niss(base + String.format("%02d", check));
    }

    /** The formatted form {@code YY.MM.DD-SSS.CC}. */
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6)
                + "-" + value.substring(6, 9) + "." + value.substring(9);
    }

    @Override
    public String toString() {
        return value;
    }
}
