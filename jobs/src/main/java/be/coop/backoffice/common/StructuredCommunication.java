package be.coop.backoffice.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Belgian structured communication (OGM/VCS) {@code +++NNN/NNNN/NNNCC+++}: a 10-digit base and
 * two check digits equal to {@code base mod 97}, written {@code 97} when the remainder is 0.
 */
public record StructuredCommunication(String digits) {

    /** Twelve digits, possibly split 3/4/5 by slashes, dots or spaces, possibly inside +++ or ***. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![0-9])([0-9]{3})[\\s/.]*([0-9]{4})[\\s/.]*([0-9]{5})(?![0-9])");
    /** What may surround or split the twelve digits when a communication is given on its own. */
    private static final Pattern SEPARATORS = Pattern.compile("[+*/.\\s]");

    public StructuredCommunication {
        if (digits == null) {
            throw new InvalidIdentifierException("structured communication is missing");
        }
        String d = SEPARATORS.matcher(digits).replaceAll("");
        if (d.length() != 12 || !Mod97.allDigits(d)) {
            throw new InvalidIdentifierException("structured communication must have 12 digits: '" + digits + "'");
        }
        if (checkDigits(d.substring(0, 10)) != Integer.parseInt(d.substring(10))) {
            throw new InvalidIdentifierException("structured communication check digits do not match (mod 97): '" + digits + "'");
        }
        digits = d;
    }

    public static StructuredCommunication parse(String text) {
        return new StructuredCommunication(text);
    }

    /** The communication whose 10-digit base is {@code base} (0 .. 9,999,999,999). */
    public static StructuredCommunication fromBase(long base) {
        if (base < 0 || base > 9_999_999_999L) {
            throw new IllegalArgumentException("base must have at most 10 digits: " + base);
        }
        String b = zeroPadded(base, 10);
        return new StructuredCommunication(b + zeroPadded(checkDigits(b), 2));
    }

    /**
     * The first valid structured communication written anywhere in a free text, with or without
     * the {@code +++}, slashes or spaces; empty when there is none with valid check digits.
     */
    public static Optional<StructuredCommunication> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            String d = m.group(1) + m.group(2) + m.group(3);
            if (checkDigits(d.substring(0, 10)) == Integer.parseInt(d.substring(10))) {
                return Optional.of(new StructuredCommunication(d));
            }
        }
        return Optional.empty();
    }

    public long base() {
        return Long.parseLong(digits.substring(0, 10));
    }

    /** {@code +++123/4567/89002+++}. */
    public String formatted() {
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }

    /** {@code value} in decimal on {@code width} digits, zeros in front; one call per invoice, so no Formatter. */
    private static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static int checkDigits(String base10) {
        int r = Mod97.remainder(base10);
        return r == 0 ? 97 : r;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
