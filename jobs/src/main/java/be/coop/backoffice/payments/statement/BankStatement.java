package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Iban;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of one account, whatever the file format it came from.
 *
 * <p>A parser fills it from the file without judging the figures; {@link StatementCheck} says whether
 * they add up. Problems the parser noticed without having to stop (an amount with a non-zero third
 * decimal, a new balance for another account) travel in {@code readingProblems} so that the check
 * reports them with its own.
 *
 * @param sourceFile      name of the file, for messages
 * @param format          CODA or camt.053
 * @param account         the account: its IBAN without spaces when it is one (a CODA Belgian account
 *                        number with valid check digits is turned into its IBAN), otherwise as written
 * @param currency        ISO 4217 code
 * @param sequenceNumber  CODA: paper statement number (record 1 positions 3–5), followed by the CODA
 *                        sequence number (126–128) when it is another, {@code 139 (CODA 138)}; camt:
 *                        {@code ElctrncSeqNb}, else {@code LglSeqNb}, else {@code Id}
 * @param oldBalance      balance before the statement
 * @param newBalance      balance after it; its date is the statement date
 * @param entries         the bookings, in file order
 * @param messages        free messages of the bank (CODA record 4, camt {@code AddtlStmtInf})
 * @param trailer         CODA record 9 and the records counted; null for camt.053
 * @param readingProblems problems noticed while reading, reported by {@link StatementCheck}
 * @param readingNotes    what was read past without refusing the file (a camt entry that is not
 *                        booked, an opening balance the bank left out), for the import to report
 */
public record BankStatement(
        String sourceFile,
        StatementFormat format,
        String account,
        String currency,
        String sequenceNumber,
        Balance oldBalance,
        Balance newBalance,
        List<StatementEntry> entries,
        List<String> messages,
        CodaTrailer trailer,
        List<StatementProblem> readingProblems,
        List<StatementProblem> readingNotes) {

    public BankStatement {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(oldBalance, "oldBalance");
        Objects.requireNonNull(newBalance, "newBalance");
        currency = Objects.requireNonNullElse(currency, "");
        sequenceNumber = Objects.requireNonNullElse(sequenceNumber, "");
        entries = List.copyOf(entries);
        messages = List.copyOf(messages);
        readingProblems = List.copyOf(readingProblems);
        readingNotes = List.copyOf(readingNotes);
    }

    /** The date of the statement: the date of the new balance. */
    public LocalDate statementDate() {
        return newBalance.date();
    }

    /** The payments of all entries, numbered 1.. in order. */
    public List<StatementLine> lines() {
        return entries.stream().flatMap(e -> e.lines().stream()).toList();
    }

    /**
     * CODA: the sequence number this statement was stored under before the CODA sequence number
     * joined the paper number ({@code 139} for {@code 139 (CODA 138)}), when the two differ; empty
     * otherwise. A statement stored then is recognised by it, its date and its balances.
     */
    public Optional<String> formerSequenceNumber() {
        int codaNumber = sequenceNumber.indexOf(" (CODA ");
        return format == StatementFormat.CODA && codaNumber > 0
                ? Optional.of(sequenceNumber.substring(0, codaNumber)) : Optional.empty();
    }

    /** The account as an IBAN, when it is one. */
    public Optional<Iban> accountIban() {
        return StatementLine.ibanOrEmpty(account);
    }
}
