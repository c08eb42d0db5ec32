package be.coop.backoffice.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgedBalanceTest {

    private static final LocalDate ON = LocalDate.of(2017, 6, 30);

    @Test
    void anInvoiceDueOnTheDateIsNotDueYetAndTheDayAfterOneDayOverdue() {
        assertThat(AgeBucket.of(ON, ON)).isEqualTo(AgeBucket.NOT_DUE);
        assertThat(AgeBucket.of(ON.plusDays(20), ON)).isEqualTo(AgeBucket.NOT_DUE);
        assertThat(AgeBucket.of(ON.minusDays(1), ON)).isEqualTo(AgeBucket.OVERDUE_1_30);
    }

    @Test
    void eachColumnEndsOnItsLastDay() {
        assertThat(AgeBucket.of(ON.minusDays(30), ON)).isEqualTo(AgeBucket.OVERDUE_1_30);
        assertThat(AgeBucket.of(ON.minusDays(31), ON)).isEqualTo(AgeBucket.OVERDUE_31_60);
        assertThat(AgeBucket.of(ON.minusDays(60), ON)).isEqualTo(AgeBucket.OVERDUE_31_60);
        assertThat(AgeBucket.of(ON.minusDays(61), ON)).isEqualTo(AgeBucket.OVERDUE_61_90);
        assertThat(AgeBucket.of(ON.minusDays(90), ON)).isEqualTo(AgeBucket.OVERDUE_61_90);
        assertThat(AgeBucket.of(ON.minusDays(91), ON)).isEqualTo(AgeBucket.OVERDUE_OVER_90);
    }

    @Test
    void aClientsOpenInvoicesAddUpInTheColumnsOfTheirDueDates() {
        AgedBalance b = new AgedBalance(ON);
        b.add(Money.parse("121.00"), ON.plusDays(10));
        b.add(Money.parse("60.50"), ON.minusDays(45));
        b.add(Money.parse("39.50"), ON.minusDays(40));
        b.add(Money.parse("-20.00"), ON.minusDays(100)); // credited beyond what was left: owed to the client

        assertThat(b.amount(AgeBucket.NOT_DUE)).isEqualTo(Money.parse("121.00"));
        assertThat(b.amount(AgeBucket.OVERDUE_1_30)).isEqualTo(Money.ZERO);
        assertThat(b.amount(AgeBucket.OVERDUE_31_60)).isEqualTo(Money.parse("100.00"));
        assertThat(b.amount(AgeBucket.OVERDUE_OVER_90)).isEqualTo(Money.parse("-20.00"));
        assertThat(b.total()).isEqualTo(Money.parse("201.00"));
        assertThat(b.openInvoices()).isEqualTo(4);
        assertThat(b.oldestDueDate()).isEqualTo(ON.minusDays(100));
    }

    @Test
    void balancesOfSeveralClientsAddUpColumnByColumn() {
        AgedBalance a = new AgedBalance(ON);
        a.add(Money.parse("10.00"), ON.minusDays(5));
        AgedBalance b = new AgedBalance(ON);
        b.add(Money.parse("5.25"), ON.minusDays(7));
        b.add(Money.parse("1.00"), ON.plusDays(7));

        AgedBalance all = new AgedBalance(ON);
        all.add(a);
        all.add(b);

        assertThat(all.amount(AgeBucket.OVERDUE_1_30)).isEqualTo(Money.parse("15.25"));
        assertThat(all.amount(AgeBucket.NOT_DUE)).isEqualTo(Money.parse("1.00"));
        assertThat(all.openInvoices()).isEqualTo(3);
        assertThat(all.oldestDueDate()).isEqualTo(ON.minusDays(7));
    }
}
