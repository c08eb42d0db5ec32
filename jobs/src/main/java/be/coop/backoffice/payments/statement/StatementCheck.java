package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a statement adds up, whatever its format. A statement passes when it has no problem:
 * <ul>
 *   <li>none noticed while reading it ({@link BankStatement#readingProblems()});</li>
 *   <li>the new balance is not dated before the old one;</li>
 *   <li>old balance + the entries = new balance;</li>
 *   <li>the lines of each entry add up to the entry (CODA details to their globalised total, camt
 *       {@code TxDtls} to their {@code Ntry});</li>
 *   <li>CODA: the trailer record count equals the records 1 to 8 read (1, 2.x, 3.x and 8, with or without
 *       the free messages 4, as banks differ there), and its
 *       debit and credit totals equal the debit and credit entries (a globalised total counts once,
 *       its details not again).</li>
 * </ul>
 * Every problem is reported, each with the line it concerns, so one refusal tells the whole story.
 */
public final class StatementCheck {

    /** The problems of a statement; empty when it may be imported. */
    public List<StatementProblem> problems(BankStatement statement) {
        List<StatementProblem> problems = new ArrayList<>(statement.readingProblems());
        Balance oldBalance = statement.oldBalance();
        Balance newBalance = statement.newBalance();
        if (newBalance.date().isBefore(oldBalance.date())) {
            problems.add(new StatementProblem(newBalance.sourceLine(), "new balance date " + newBalance.date()
                    + " is before the old balance date " + oldBalance.date()));
        }

        Money movements = Money.ZERO;
        Money debits = Money.ZERO;
        Money credits = Money.ZERO;
        for (StatementEntry entry : statement.entries()) {
            movements = movements.plus(entry.amount());
            if (entry.amount().isNegative()) {
                debits = debits.minus(entry.amount());
            } else {
                credits = credits.plus(entry.amount());
            }
            if (entry.linesTotal().compareTo(entry.amount()) != 0) {
                problems.add(new StatementProblem(entry.sourceLine(), "the " + entry.lines().size()
                        + " detail(s) add up to " + entry.linesTotal() + ", the entry they detail is " + entry.amount()));
            }
        }
        Money expected = oldBalance.amount().plus(movements);
        if (expected.compareTo(newBalance.amount()) != 0) {
            problems.add(new StatementProblem(newBalance.sourceLine(), "new balance " + newBalance.amount()
                    + " differs from old balance " + oldBalance.amount() + " + movements " + movements
                    + " = " + expected));
        }

        CodaTrailer trailer = statement.trailer();
        if (trailer != null) {
            if (!trailer.countMatches()) {
                problems.add(new StatementProblem(trailer.sourceLine(), "trailer counts " + trailer.declaredRecords()
                        + " records, the statement has " + trailer.countedRecords() + " records 1 to 8"
                        + (trailer.countedMessages() == 0 ? ""
                                : " (" + (trailer.countedRecords() - trailer.countedMessages()) + " without its "
                                        + trailer.countedMessages() + " free messages 4)")));
            }
            if (trailer.declaredDebit().compareTo(debits) != 0) {
                problems.add(new StatementProblem(trailer.sourceLine(), "trailer debit total "
                        + trailer.declaredDebit() + ", the debit movements add up to " + debits));
            }
            if (trailer.declaredCredit().compareTo(credits) != 0) {
                problems.add(new StatementProblem(trailer.sourceLine(), "trailer credit total "
                        + trailer.declaredCredit() + ", the credit movements add up to " + credits));
            }
        }
        return problems;
    }

    /**
     * Checks every statement of one file; the file is refused whole when any of them fails.
     *
     * @throws StatementRejectedException listing the problems of all statements of the file
     */
    public void verify(String fileName, List<BankStatement> statements) {
        List<StatementProblem> problems = new ArrayList<>();
        for (BankStatement statement : statements) {
            problems.addAll(problems(statement));
        }
        if (!problems.isEmpty()) {
            throw new StatementRejectedException(fileName, problems);
        }
    }
}
