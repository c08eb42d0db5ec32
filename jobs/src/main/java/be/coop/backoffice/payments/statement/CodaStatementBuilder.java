package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Gathers the records of one CODA statement (record 0 to record 9) into a {@link BankStatement}.
 *
 * <p>Globalisation: a movement followed by movements with the same continuous sequence number and
 * detail numbers 0001, 0002, ... is a total; the following ones are its details. The details identify
 * the individual payments, so they become the lines and the total does not: the total is the amount
 * of the {@link StatementEntry} (what moves the balance and what the trailer adds up), its details are
 * the entry's lines. A detail whose globalisation code (position 125) opens a level of its own is a
 * sub-total and is not a line either; the detail that repeats the code of the open level closes it
 * (the Febelfin bracket convention). A total without details is an ordinary movement.
 */
final class CodaStatementBuilder {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final String fileName;
    private final int headerLine;
    private final List<StatementProblem> problems = new ArrayList<>();
    private final List<CodaMovement> movements = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private int countedRecords;
    private int countedMessages;

    private char accountStructure;
    private String account;
    private String currency;
    private String sequenceNumber;
    private final LocalDate creationDate;
    private final String separateApplication;
    private Balance oldBalance;
    private Balance newBalance;
    private CodaMovement lastMovement;

    /**
     * Record 0: the CODA version at position 128 must be 2; the creation date must be a date. The
     * separate application code (84–88) says which transactions the file holds (00000: all of them).
     */
    CodaStatementBuilder(String fileName, CodaRecord header) {
        this.fileName = fileName;
        this.headerLine = header.line();
        if (header.charAt(128) != '2') {
            throw header.malformed("version code (position 128) is '" + header.charAt(128)
                    + "', only CODA version 2 is read");
        }
        creationDate = header.date(6, "creation date");
        separateApplication = header.text(84, 88);
    }

    int headerLine() {
        return headerLine;
    }

    boolean hasOldBalance() {
        return oldBalance != null;
    }

    boolean hasNewBalance() {
        return newBalance != null;
    }

    boolean hasMovements() {
        return !movements.isEmpty();
    }

    /**
     * A statement of records 0, 1 and 9 only (the standard's empty statement: no movement, hence no
     * record 8): its new balance is its old one, on the day the file was created.
     */
    void unchangedBalance(CodaRecord trailer) {
        newBalance = new Balance(creationDate, oldBalance.amount(), trailer.line());
    }

    /**
     * Record 1: account structure (2), paper statement number (3–5), account and currency (6–42),
     * sign (43), amount (44–58), date (59–64), CODA sequence number (126–128).
     *
     * <p>The statement's sequence number, which with the account and the year identifies it, is the
     * paper statement number followed by the CODA sequence number when that one is another:
     * {@code 139 (CODA 138)}. Neither alone is safe: one paper statement may come in several CODA
     * files, and banks fill either number with zeros. The same file twice still gives the same key.
     */
    void oldBalance(CodaRecord r) {
        countedRecords++;
        accountStructure = r.charAt(2);
        if (accountStructure < '0' || accountStructure > '3') {
            throw r.malformed("account structure (position 2) must be 0 to 3: '" + accountStructure + "'");
        }
        String zone = r.raw(6, 42);
        account = accountNumber(zone, accountStructure);
        currency = accountStructure == '0' ? zone.substring(13, 16).strip() : zone.substring(34, 37).strip();
        String paper = r.text(3, 5);
        String coda = r.text(126, 128);
        sequenceNumber = coda.isEmpty() || coda.equals(paper) ? paper : paper + " (CODA " + coda + ")";
        Money amount = cents(r.amount(43, 44, "old balance"), r.line(), "old balance");
        oldBalance = new Balance(r.date(59, "old balance date"), amount, r.line());
    }

    /** Record 2.1. */
    void movement(CodaRecord r) {
        countedRecords++;
        lastMovement = CodaMovement.read(r, exact -> cents(exact, r.line(), "amount"));
        movements.add(lastMovement);
    }

    /** Records 2.2 and 2.3, which continue the 2.1 right before them. */
    void movementContinued(CodaRecord r) {
        countedRecords++;
        if (lastMovement == null || !lastMovement.continuedBy(r)) {
            throw r.malformed("continues movement " + r.raw(3, 6) + "/" + r.raw(7, 10)
                    + " but does not follow its record 2.1");
        }
        if (r.charAt(2) == '2') {
            lastMovement.addRecord22(r);
        } else {
            lastMovement.addRecord23(r);
        }
    }

    /** Records 3.x: information about the movement before them; they are not movements. */
    void information(CodaRecord r) {
        countedRecords++;
        if (lastMovement == null || r.number(3, 6, "continuous sequence number") != lastMovement.sequence) {
            throw r.malformed("information for movement " + r.raw(3, 6) + " does not follow that movement");
        }
        lastMovement.addInformation(r);
    }

    /** Record 4: a free message of the bank, text at 33–112. */
    void message(CodaRecord r) {
        countedRecords++;
        countedMessages++;
        String text = r.text(33, 112);
        if (!text.isEmpty()) {
            messages.add(text);
        }
    }

    /** Record 8: account and currency (5–41), sign (42), amount (43–57), date (58–63). */
    void newBalance(CodaRecord r) {
        countedRecords++;
        String zone = r.raw(5, 41);
        String again = accountNumber(zone, accountStructure);
        if (!again.equals(account)) {
            problems.add(new StatementProblem(r.line(), "new balance is for account " + again
                    + ", the old balance (line " + oldBalance.sourceLine() + ") for account " + account));
        }
        Money amount = cents(r.amount(42, 43, "new balance"), r.line(), "new balance");
        newBalance = new Balance(r.date(58, "new balance date"), amount, r.line());
    }

    /** Record 9: record count (17–22), debit total (23–37), credit total (38–52). Ends the statement. */
    BankStatement trailer(CodaRecord r) {
        int declared = r.number(17, 22, "record count");
        Money debit = cents(r.unsignedAmount(23, "debit total"), r.line(), "debit total");
        Money credit = cents(r.unsignedAmount(38, "credit total"), r.line(), "credit total");
        CodaTrailer trailer = new CodaTrailer(r.line(), declared, countedRecords, countedMessages, debit, credit);
        if (isDetailsFile()) {
            problems.add(new StatementProblem(headerLine, "separate application " + separateApplication
                    + " with zeroed balances: a file of the details of movements that the account's own statement"
                    + " file books as totals; not read, its lines would count those payments a second time"));
        }
        return new BankStatement(fileName, StatementFormat.CODA, account, currency, sequenceNumber,
                oldBalance, newBalance, entries(), messages, trailer, problems, List.of());
    }

    /**
     * A file of details only (standard 7.2.1): a separate application whose old and new balances are
     * zeroed although it has movements.
     */
    private boolean isDetailsFile() {
        return !separateApplication.isEmpty() && !separateApplication.matches("0+") && !movements.isEmpty()
                && oldBalance.amount().isZero() && newBalance.amount().isZero();
    }

    private List<StatementEntry> entries() {
        List<StatementEntry> entries = new ArrayList<>();
        int lineNumber = 0;
        int i = 0;
        while (i < movements.size()) {
            CodaMovement total = movements.get(i);
            int end = i + 1;
            while (end < movements.size() && movements.get(end).sequence == total.sequence) {
                end++;
            }
            List<CodaMovement> details = detailLines(movements.subList(i + 1, end), total);
            List<StatementLine> lines = new ArrayList<>();
            for (CodaMovement m : details.isEmpty() ? List.of(total) : details) {
                lines.add(m.toLine(++lineNumber));
            }
            entries.add(new StatementEntry(total.line, total.bankReference, total.amount, lines));
            i = end;
        }
        return entries;
    }

    /** The details of a total that are payments: every detail but the sub-totals that open a level. */
    private static List<CodaMovement> detailLines(List<CodaMovement> details, CodaMovement total) {
        List<CodaMovement> lines = new ArrayList<>();
        Deque<Integer> openLevels = new ArrayDeque<>();
        openLevels.push(total.globalisationCode);
        for (CodaMovement d : details) {
            int code = d.globalisationCode;
            if (code == 0) {
                lines.add(d);
            } else if (!openLevels.isEmpty() && openLevels.peek() == code) {
                lines.add(d);
                openLevels.pop();
            } else {
                openLevels.push(code);
            }
        }
        return lines;
    }

    /**
     * CODA amounts have 3 decimals. Real statements in euro always write 0 in the third; a non-zero
     * one cannot be kept in cents, so it is a reason to refuse the file (reported by the check, after
     * the rest of the file was read with the amount rounded to the cent).
     */
    private Money cents(BigDecimal exact, int line, String field) {
        if (exact.remainder(CENT).signum() != 0) {
            problems.add(new StatementProblem(line, field + " " + exact.toPlainString()
                    + " has a non-zero third decimal; amounts are kept in cents"));
            return Money.rounded(exact);
        }
        return new Money(exact);
    }

    /**
     * The account of a record 1 or 8 zone (37 characters): structure 0 Belgian account number (12
     * digits) then currency at 14–16; 1 foreign account number (34); 2 Belgian IBAN (16, or up to
     * 31 when written with spaces); 3 foreign IBAN (34); currency at 35–37 for 1 to 3. A Belgian
     * number with right check digits, or an IBAN, gives the IBAN; otherwise the account as written.
     */
    private static String accountNumber(String zone, char structure) {
        if (structure == '0') {
            return belgianAccount(zone.substring(0, 12).strip());
        }
        String written = zone.substring(0, structure == '2' ? 31 : 34).strip();
        return StatementLine.ibanOrEmpty(written.replace(" ", "")).map(Iban::value)
                .orElse(structure == '2' ? zone.substring(0, 16).strip() : written);
    }

    /**
     * A Belgian account number of 12 digits (3-7-2, the last two the first ten mod 97, 97 for 0) as
     * its IBAN when its check digits are right; anything else as written.
     */
    static String belgianAccount(String written) {
        if (written.matches("[0-9]{12}")) {
            long base = Long.parseLong(written.substring(0, 10));
            int check = (int) (base % 97);
            if ((check == 0 ? 97 : check) == Integer.parseInt(written.substring(10))) {
                return Iban.belgian(base).value();
            }
        }
        return written;
    }
}
