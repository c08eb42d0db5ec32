package be.coop.backoffice.payroll;

import be.coop.backoffice.testing.ConfigFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StudentHoursTest {

    @Test
    void aSecondContractOfTheSameStudentInTheChunkCountsTheFirst() {
        StudentHours hours = new StudentHours();
        hours.stored("S1", 2017, new BigDecimal("400"));

        BigDecimal first = hours.before("S1", 2017);
        hours.add("S1", 2017, new BigDecimal("60"));

        assertThat(first).isEqualByComparingTo("400");
        assertThat(hours.before("S1", 2017)).isEqualByComparingTo("460");
        assertThat(hours.before("S1", 2018)).isEqualByComparingTo("0");
        assertThat(hours.before("S2", 2017)).isEqualByComparingTo("0");
    }

    @Test
    void paymentIsNeverBeforeTheNightAfterTheComputation() {
        PaymentDates dates = new PaymentDates(new SalaryPaymentDate(Entities.load(ConfigFiles.path("entities.csv"))), "BE");

        assertThat(dates.due(java.time.LocalDate.of(2017, 3, 1))).isEqualTo("2017-03-08");
        assertThat(dates.paid(java.time.LocalDate.of(2017, 3, 8), java.time.LocalDate.of(2017, 3, 2)))
                .isEqualTo("2017-03-08");
        assertThat(dates.paid(java.time.LocalDate.of(2017, 3, 8), java.time.LocalDate.of(2017, 3, 17)))
                .isEqualTo("2017-03-20");
    }
}
