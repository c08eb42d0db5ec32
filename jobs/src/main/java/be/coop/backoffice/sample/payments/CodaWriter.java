package be.coop.backoffice.sample.payments;

import be.coop.backoffice.common.Money;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link SimulatedStatement} as a CODA 2.x file (Febelfin "Standard CODA 2.6"): records 0,
 * 1, then 2.1, 2.2 and 2.3 for each movement, 8 and 9, each 128 characters at the positions of the
 * standard (1-based):
 * <ul>
 *   <li>0 header: creation date 6–11, application code {@code 05} 15–16, addressee 35–60, BIC 61–71,
 *       version {@code 2} at 128;</li>
 *   <li>1 old balance: account structure {@code 2} (Belgian IBAN) at 2, statement number 3–5, IBAN
 *       6–21 and currency 40–42, sign 43, amount 44–58 (3 decimals), date 59–64, holder 65–90;</li>
 *   <li>2.1 movement: sequence 3–6, detail {@code 0000} 7–10, bank reference 11–31, sign 32, amount
 *       33–47, value date 48–53, transaction code 54–61, communication type 62 ({@code 1} structured:
 *       type {@code 101} 63–65 and the 12 digits 66–77; {@code 0} free: text 63–115), entry date
 *       116–121, statement number 122–124, globalisation 125, next code 126 ({@code 1}: 2.2 follows);</li>
 *   <li>2.2: free text continued 11–63, counterparty BIC 99–109, next code 126;</li>
 *   <li>2.3: counterparty account 11–44 and currency 45–47, name 48–82, free text continued 83–125;</li>
 *   <li>8 new balance: statement number 2–4, IBAN 5–20 and currency 39–41, sign 42, amount 43–57,
 *       date 58–63;</li>
 *   <li>9 trailer: number of records 1 to 8 at 17–22, debit total 23–37, credit total 38–52.</li>
 * </ul>
 * Text is written in Windows-1252, as banks deliver CODA; characters outside it become {@code ?}.
 */
public final class CodaWriter {

    public static final Charset CHARSET = Charset.forName("windows-1252");
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy", Locale.ROOT);
    private static final String TRANSFER_RECEIVED = "00150000";
    private static final String DEBIT_CHARGES = "80370000";

    private CodaWriter() {
    }

    public static byte[] write(SimulatedStatement statement) {
        return text(statement).getBytes(CHARSET);
    }

    /** The file's text, records separated by CRLF. */
    public static String text(SimulatedStatement s) {
        List<String> records = new ArrayList<>();
        String seq = String.format("%03d", s.sequence());
        records.add(new Record().put(1, "0").put(2, "0000").put(6, date(s.date())).put(12, "000").put(15, "05")
                .put(25, "SIM" + seq).put(35, fit(s.holderName(), 26)).put(61, fit(s.bic(), 11))
                .put(72, "00000000000").put(84, "00000").put(128, "2").text());
        records.add(new Record().put(1, "1").put(2, "2").put(3, seq).put(6, s.account()).put(40, "EUR")
                .put(43, sign(s.oldBalance())).put(44, amount(s.oldBalance())).put(59, date(s.previousDate()))
                .put(65, fit(s.holderName(), 26)).put(91, "Compte courant").put(126, seq).text());
        int sequence = 0;
        for (SimulatedStatement.Movement m : s.movements()) {
            sequence++;
            String key = String.format("%04d0000", sequence);
            String free = m.structured() == null ? m.freeText() : "";
            Record r21 = new Record().put(1, "21").put(3, key).put(11, fit(m.bankReference(), 21))
                    .put(32, sign(m.amount())).put(33, amount(m.amount())).put(48, date(m.valueDate()))
                    .put(54, m.amount().isNegative() ? DEBIT_CHARGES : TRANSFER_RECEIVED)
                    .put(116, date(s.date())).put(122, seq).put(125, "0").put(126, "1").put(128, "0");
            if (m.structured() != null) {
                r21.put(62, "1").put(63, "101").put(66, m.structured().digits());
            } else {
                r21.put(62, "0").put(63, slice(free, 0, 53));
            }
            records.add(r21.text());
            records.add(new Record().put(1, "22").put(3, key).put(11, slice(free, 53, 53))
                    .put(99, fit(m.counterpartyBic(), 11)).put(126, "1").put(128, "0").text());
            records.add(new Record().put(1, "23").put(3, key).put(11, fit(m.counterpartyIban(), 34))
                    .put(45, m.counterpartyIban().isEmpty() ? "" : "EUR").put(48, fit(m.counterpartyName(), 35))
                    .put(83, slice(free, 106, 43)).put(126, "0").put(128, "0").text());
        }
        Money newBalance = s.newBalance();
        records.add(new Record().put(1, "8").put(2, seq).put(5, s.account()).put(39, "EUR")
                .put(42, sign(newBalance)).put(43, amount(newBalance)).put(58, date(s.date())).put(128, "0").text());
        records.add(new Record().put(1, "9").put(17, String.format("%06d", records.size() - 1))
                .put(23, amount(s.debitTotal())).put(38, amount(s.creditTotal())).put(128, "2").text());
        return String.join("\r\n", records) + "\r\n";
    }

    /** A 128-character record filled by 1-based positions. */
    private static final class Record {
        private final char[] chars = " ".repeat(128).toCharArray();

        Record put(int position, String value) {
            value.getChars(0, value.length(), chars, position - 1);
            return this;
        }

        String text() {
            return new String(chars);
        }
    }

    private static String date(LocalDate date) {
        return date.format(DDMMYY);
    }

    private static String sign(Money amount) {
        return amount.isNegative() ? "1" : "0";
    }

    /** 15 digits, the last 3 decimals, unsigned. */
    private static String amount(Money amount) {
        return String.format("%015d", Math.abs(amount.cents()) * 10);
    }

    private static String fit(String text, int width) {
        String clean = text.replace('\r', ' ').replace('\n', ' ');
        return clean.length() <= width ? clean : clean.substring(0, width);
    }

    private static String slice(String text, int from, int width) {
        if (text.length() <= from) {
            return "";
        }
        return text.substring(from, Math.min(text.length(), from + width));
    }
}
