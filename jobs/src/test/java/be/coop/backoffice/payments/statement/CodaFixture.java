package be.coop.backoffice.payments.statement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds CODA records for tests by 1-based position, as the Febelfin layout is written: a statement
 * of account BE68 5390 0754 7034 (structure 2) dated 15/03/2024, paper statement 012.
 */
final class CodaFixture {

    static final String ACCOUNT = "BE68539007547034";

    private CodaFixture() {
    }

    /** A 128-character record with each value written at its position: {@code record(1, "21", 3, "0001")}. */
    static String record(Object... positionsAndValues) {
        char[] chars = " ".repeat(128).toCharArray();
        for (int i = 0; i < positionsAndValues.length; i += 2) {
            int position = (Integer) positionsAndValues[i];
            String value = (String) positionsAndValues[i + 1];
            value.getChars(0, value.length(), chars, position - 1);
        }
        return new String(chars);
    }

    /** 15 digits, 3 of them decimals: {@code "12.34"} is {@code 000000000012340}. */
    static String amount15(String amount) {
        return String.format("%015d", new BigDecimal(amount).abs().movePointRight(3).longValueExact());
    }

    static String sign(String amount) {
        return amount.startsWith("-") ? "1" : "0";
    }

    static String header() {
        return record(1, "00000", 6, "150324", 12, "00005", 128, "2");
    }

    static String oldBalance(String amount) {
        return record(1, "12", 3, "012", 6, ACCOUNT, 40, "EUR", 43, sign(amount), 44, amount15(amount),
                59, "140324", 65, "COOPERATIVE", 126, "012");
    }

    /** A record 2.1 with a free communication. */
    static String movement(int sequence, int detail, String amount, String communication, int globalisation) {
        return movement(sequence, detail, amount, "0", communication, globalisation);
    }

    static String movement(int sequence, int detail, String amount, String structuredFlag, String communication,
            int globalisation) {
        return record(1, "21", 3, String.format("%04d%04d", sequence, detail), 11, "REF" + sequence + "-" + detail,
                32, sign(amount), 33, amount15(amount), 48, "150324", 54, "00150000", 62, structuredFlag,
                63, communication, 116, "150324", 122, "012", 125, String.valueOf(globalisation), 126, "0", 128, "0");
    }

    static String record22(int sequence, int detail, String communication, String bic) {
        return record(1, "22", 3, String.format("%04d%04d", sequence, detail), 11, communication, 99, bic);
    }

    static String record23(int sequence, int detail, String account, String name) {
        return record(1, "23", 3, String.format("%04d%04d", sequence, detail), 11, account, 48, name);
    }

    static String newBalance(String amount) {
        return record(1, "8012", 5, ACCOUNT, 39, "EUR", 42, sign(amount), 43, amount15(amount), 58, "150324");
    }

    static String trailer(int records, String debit, String credit) {
        return record(1, "9", 17, String.format("%06d", records), 23, amount15(debit), 38, amount15(credit), 128, "2");
    }

    /**
     * A whole statement around the given movement records (2.x and 3.x), with a trailer that counts
     * them and declares the given totals.
     */
    static String statement(String oldBalance, String newBalance, String debit, String credit, String... movements) {
        List<String> records = new ArrayList<>();
        records.add(header());
        records.add(oldBalance(oldBalance));
        records.addAll(List.of(movements));
        records.add(newBalance(newBalance));
        records.add(trailer(movements.length + 2, debit, credit));
        return String.join("\n", records) + "\n";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
