package be.coop.backoffice.payments.statement;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One 128-character CODA record, read by 1-based inclusive positions as the Febelfin layout gives
 * them. A record cut short (trailing spaces dropped by a mail client or an editor) is padded with
 * spaces; a longer one is refused unless the excess is blank. Every field that cannot be read
 * stops the parsing with a {@link StatementRejectedException} naming the file, the line and the field.
 */
final class CodaRecord {

    static final int LENGTH = 128;

    private final String fileName;
    private final int line;
    private final String text;

    private CodaRecord(String fileName, int line, String text) {
        this.fileName = fileName;
        this.line = line;
        this.text = text;
    }

    static CodaRecord of(String fileName, int line, String raw) {
        String text = raw;
        if (text.length() > LENGTH) {
            if (!text.substring(LENGTH).isBlank()) {
                throw new StatementRejectedException(fileName, line,
                        "record has " + text.length() + " characters, a CODA record has " + LENGTH);
            }
            text = text.substring(0, LENGTH);
        }
        return new CodaRecord(fileName, line, text + " ".repeat(LENGTH - text.length()));
    }

    int line() {
        return line;
    }

    char type() {
        return text.charAt(0);
    }

    /** {@code "21"}, {@code "31"}, ...: record identification and article code. */
    String typeAndArticle() {
        return text.substring(0, 2);
    }

    char charAt(int position) {
        return text.charAt(position - 1);
    }

    /** Positions {@code from}..{@code to}, 1-based and inclusive, as written. */
    String raw(int from, int to) {
        return text.substring(from - 1, to);
    }

    /** Positions {@code from}..{@code to} without the surrounding spaces. */
    String text(int from, int to) {
        return raw(from, to).strip();
    }

    int number(int from, int to, String field) {
        String digits = raw(from, to);
        if (!isDigits(digits)) {
            throw malformed(field + " (positions " + from + "-" + to + ") is not a number: '" + digits + "'");
        }
        return Integer.parseInt(digits);
    }

    /** A {@code DDMMYY} date of the 21st century. */
    LocalDate date(int from, String field) {
        LocalDate date = optionalDate(from, field);
        if (date == null) {
            throw malformed(field + " (positions " + from + "-" + (from + 5) + ") is missing: '" + raw(from, from + 5) + "'");
        }
        return date;
    }

    /** A {@code DDMMYY} date, or null when written {@code 000000} (CODA's "not known"). */
    LocalDate optionalDate(int from, String field) {
        String ddmmyy = raw(from, from + 5);
        if (ddmmyy.equals("000000")) {
            return null;
        }
        if (!isDigits(ddmmyy)) {
            throw malformed(field + " (positions " + from + "-" + (from + 5) + ") is not a date DDMMYY: '" + ddmmyy + "'");
        }
        try {
            return LocalDate.of(2000 + Integer.parseInt(ddmmyy.substring(4)),
                    Integer.parseInt(ddmmyy.substring(2, 4)), Integer.parseInt(ddmmyy.substring(0, 2)));
        } catch (DateTimeException e) {
            throw malformed(field + " (positions " + from + "-" + (from + 5) + ") is not a date DDMMYY: '" + ddmmyy + "'");
        }
    }

    /**
     * A signed amount: sign {@code 0} credit, {@code 1} debit at {@code signPosition}, then 15 digits
     * of which the last 3 are decimals. Exact, with 3 decimals.
     */
    BigDecimal amount(int signPosition, int from, String field) {
        char sign = charAt(signPosition);
        if (sign != '0' && sign != '1') {
            throw malformed(field + " sign (position " + signPosition + ") must be 0 (credit) or 1 (debit): '" + sign + "'");
        }
        BigDecimal value = unsignedAmount(from, field);
        return sign == '1' ? value.negate() : value;
    }

    /** 15 digits of which the last 3 are decimals. */
    BigDecimal unsignedAmount(int from, String field) {
        String digits = raw(from, from + 14);
        if (!isDigits(digits)) {
            throw malformed(field + " (positions " + from + "-" + (from + 14) + ") is not a 15-digit amount: '" + digits + "'");
        }
        return new BigDecimal(digits).movePointLeft(3);
    }

    StatementRejectedException malformed(String reason) {
        return new StatementRejectedException(fileName, line, "record " + describe() + ": " + reason);
    }

    private String describe() {
        char t = type();
        return t == '2' || t == '3' ? t + "." + charAt(2) : String.valueOf(t);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
