package be.coop.backoffice.payroll;

import be.coop.backoffice.testing.ConfigFiles;
import be.coop.backoffice.common.config.ConfigException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SalaryPaymentDateTest {

    private final SalaryPaymentDate paymentDate =
            new SalaryPaymentDate(Entities.load(ConfigFiles.path("entities.csv")));

    @Test
    void belgiumPaysSevenDaysAfterTheEndOfWork() {
        // Monday 6 March 2017 → Monday 13 March
        assertThat(paymentDate.forWorkEndingOn("BE", date("2017-03-06"))).isEqualTo(date("2017-03-13"));
    }

    @Test
    void aPaymentDateOnASaturdayMovesToMonday() {
        // work ending Saturday 11 March 2017 → Saturday 18 March → Monday 20 March
        assertThat(paymentDate.forWorkEndingOn("BE", date("2017-03-11"))).isEqualTo(date("2017-03-20"));
    }

    @Test
    void aPaymentDateOnEasterMondayMovesToTuesday() {
        // Monday 10 April 2017 → Easter Monday 17 April → Tuesday 18 April
        assertThat(paymentDate.forWorkEndingOn("BE", date("2017-04-10"))).isEqualTo(date("2017-04-18"));
    }

    @Test
    void aPaymentDateOnAscensionDayMovesToFriday() {
        // Thursday 18 May 2017 → Ascension Thursday 25 May → Friday 26 May
        assertThat(paymentDate.forWorkEndingOn("BE", date("2017-05-18"))).isEqualTo(date("2017-05-26"));
    }

    @Test
    void aPaymentDateOnTheNationalDayFridayMovesOverTheWeekend() {
        // Friday 14 July 2017 → Friday 21 July (National Day) → Monday 24 July
        assertThat(paymentDate.forWorkEndingOn("BE", date("2017-07-14"))).isEqualTo(date("2017-07-24"));
    }

    @Test
    void spainPaysOnTheTenthOfTheNextMonth() {
        assertThat(paymentDate.forWorkEndingOn("ES", date("2017-03-22"))).isEqualTo(date("2017-04-10"));
        assertThat(paymentDate.forWorkEndingOn("HU", date("2017-12-15"))).isEqualTo(date("2018-01-10"));
    }

    @Test
    void italyPaysOnTheTenthOfTheNextMonthMovedOffTheWeekend() {
        // work ending 31 May 2017 → Saturday 10 June → Monday 12 June
        assertThat(paymentDate.forWorkEndingOn("IT", date("2017-05-31"))).isEqualTo(date("2017-06-12"));
    }

    @Test
    void franceAndSwedenPaySevenDaysAfterWithoutTheBelgianHolidays() {
        // 21 July is a Belgian holiday only
        assertThat(paymentDate.forWorkEndingOn("FR", date("2017-07-14"))).isEqualTo(date("2017-07-21"));
        assertThat(paymentDate.forWorkEndingOn("SE", date("2017-03-11"))).isEqualTo(date("2017-03-20"));
    }

    @Test
    void anEntityWithoutAConfiguredDelayIsRefused() {
        assertThatThrownBy(() -> paymentDate.forWorkEndingOn("NL", date("2017-03-06")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("entity NL has no salary_payment_delay");
        assertThatThrownBy(() -> paymentDate.forWorkEndingOn("XX", date("2017-03-06")))
                .hasMessageContaining("unknown entity 'XX'");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
