package be.coop.backoffice.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BelgianBankHolidaysTest {

    @Test
    void easterSundayFollowsTheGregorianComputus() {
        assertThat(BelgianBankHolidays.easterSunday(2017)).isEqualTo(LocalDate.of(2017, 4, 16));
        assertThat(BelgianBankHolidays.easterSunday(2018)).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(BelgianBankHolidays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(BelgianBankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void theTenHolidaysOf2017() {
        assertThat(BelgianBankHolidays.of(2017)).containsExactly(
                LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 4, 17),   // Easter Monday
                LocalDate.of(2017, 5, 1),
                LocalDate.of(2017, 5, 25),   // Ascension
                LocalDate.of(2017, 6, 5),    // Whit Monday
                LocalDate.of(2017, 7, 21),
                LocalDate.of(2017, 8, 15),
                LocalDate.of(2017, 11, 1),
                LocalDate.of(2017, 11, 11),
                LocalDate.of(2017, 12, 25));
    }

    @Test
    void movableHolidaysOf2018() {
        assertThat(BelgianBankHolidays.isHoliday(LocalDate.of(2018, 4, 2))).isTrue();   // Easter Monday
        assertThat(BelgianBankHolidays.isHoliday(LocalDate.of(2018, 5, 10))).isTrue();  // Ascension
        assertThat(BelgianBankHolidays.isHoliday(LocalDate.of(2018, 5, 21))).isTrue();  // Whit Monday
        assertThat(BelgianBankHolidays.isHoliday(LocalDate.of(2018, 5, 22))).isFalse();
    }
}
