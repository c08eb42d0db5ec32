package be.coop.backoffice.payments.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCheckTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    private final StatementCheck check = new StatementCheck();

    @Test
    void oldBalancePlusEntriesEqualsNewBalancePasses() {
        BankStatement s = statement("-100.00", "50.00", null, entry(3, "200.00"), entry(4, "-50.00"));

        assertThat(check.problems(s)).isEmpty();
    }

    @Test
    void newBalanceThatDoesNotFollowFromTheEntriesIsAProblemOnItsLine() {
        BankStatement s = statement("-100.00", "60.00", null, entry(3, "200.00"), entry(4, "-50.00"));

        assertThat(check.problems(s)).containsExactly(new StatementProblem(9,
                "new balance 60.00 differs from old balance -100.00 + movements 150.00 = 50.00"));
    }

    @Test
    void linesOfAnEntryMustAddUpToIt() {
        StatementEntry batch = new StatementEntry(3, "B", Money.parse("100.00"),
                List.of(line(1, "60.00"), line(2, "30.00")));
        BankStatement s = statement("0.00", "100.00", null, batch);

        assertThat(check.problems(s)).containsExactly(new StatementProblem(3,
                "the 2 detail(s) add up to 90.00, the entry they detail is 100.00"));
    }

    @Test
    void codaTrailerCountsRecordsAndTotalsDebitsAndCreditsApart() {
        CodaTrailer trailer = new CodaTrailer(10, 7, 6, 0, Money.parse("50.00"), Money.parse("250.00"));
        BankStatement s = statement("0.00", "150.00", trailer, entry(3, "200.00"), entry(4, "-50.00"));

        assertThat(check.problems(s)).extracting(StatementProblem::toString).containsExactly(
                "line 10: trailer counts 7 records, the statement has 6 records 1 to 8",
                "line 10: trailer credit total 250.00, the credit movements add up to 200.00");
    }

    @Test
    void codaTrailerMayCountTheFreeMessagesOrNot() {
        // 1, two 2.1, one 4 and 8: five records with the message, four without
        BankStatement withMessage = statement("0.00", "150.00",
                new CodaTrailer(10, 5, 5, 1, Money.parse("50.00"), Money.parse("200.00")),
                entry(3, "200.00"), entry(4, "-50.00"));
        BankStatement withoutMessage = statement("0.00", "150.00",
                new CodaTrailer(10, 4, 5, 1, Money.parse("50.00"), Money.parse("200.00")),
                entry(3, "200.00"), entry(4, "-50.00"));
        BankStatement short1 = statement("0.00", "150.00",
                new CodaTrailer(10, 3, 5, 1, Money.parse("50.00"), Money.parse("200.00")),
                entry(3, "200.00"), entry(4, "-50.00"));

        assertThat(check.problems(withMessage)).isEmpty();
        assertThat(check.problems(withoutMessage)).isEmpty();
        assertThat(check.problems(short1)).extracting(StatementProblem::toString).containsExactly(
                "line 10: trailer counts 3 records, the statement has 5 records 1 to 8 (4 without its 1 free messages 4)");
    }

    @Test
    void newBalanceMayNotBeDatedBeforeTheOldOne() {
        BankStatement s = new BankStatement("f", StatementFormat.CODA, "BE68539007547034", "EUR", "1",
                new Balance(DAY, Money.ZERO, 2), new Balance(DAY.minusDays(1), Money.ZERO, 9),
                List.of(), List.of(), null, List.of(), List.of());

        assertThat(check.problems(s)).containsExactly(new StatementProblem(9,
                "new balance date 2024-03-14 is before the old balance date 2024-03-15"));
    }

    @Test
    void problemsNoticedWhileReadingComeFirst() {
        BankStatement read = statement("0.00", "0.00", null);
        BankStatement s = new BankStatement(read.sourceFile(), read.format(), read.account(), read.currency(),
                read.sequenceNumber(), read.oldBalance(), read.newBalance(), read.entries(), read.messages(),
                read.trailer(), List.of(new StatementProblem(5, "amount 1.005 has a non-zero third decimal")), List.of());

        assertThat(check.problems(s)).containsExactly(new StatementProblem(5, "amount 1.005 has a non-zero third decimal"));
    }

    @Test
    void aFileIsRefusedWholeWithTheProblemsOfAllItsStatements() {
        BankStatement good = statement("0.00", "10.00", null, entry(3, "10.00"));
        BankStatement bad = statement("0.00", "10.00", null, entry(3, "20.00"));

        assertThatThrownBy(() -> check.verify("day.cod", List.of(good, bad)))
                .isInstanceOf(StatementRejectedException.class)
                .hasMessage("day.cod refused: line 9: new balance 10.00 differs from old balance 0.00 + movements 20.00 = 20.00");
    }

    private static BankStatement statement(String oldBalance, String newBalance, CodaTrailer trailer, StatementEntry... entries) {
        return new BankStatement("day.cod", StatementFormat.CODA, "BE68539007547034", "EUR", "12",
                new Balance(DAY.minusDays(1), Money.parse(oldBalance), 2), new Balance(DAY, Money.parse(newBalance), 9),
                List.of(entries), List.of(), trailer, List.of(), List.of());
    }

    private static StatementEntry entry(int sourceLine, String amount) {
        return new StatementEntry(sourceLine, "R" + sourceLine, Money.parse(amount), List.of(line(sourceLine, amount)));
    }

    private static StatementLine line(int number, String amount) {
        return new StatementLine(number, DAY, DAY, Money.parse(amount), null, "", "", "", "", "", "", "");
    }
}
