package be.coop.backoffice.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {

    private static final LocalDate ISSUED = LocalDate.of(2017, 1, 2);

    @Test
    void anInvoiceIsDueThirtyDaysAfterItsIssueUnlessTheClientHasItsOwnTerms() {
        assertThat(PaymentTerms.invoiceDueDate(ISSUED, null)).isEqualTo("2017-02-01");
        assertThat(PaymentTerms.invoiceDueDate(ISSUED, 30)).isEqualTo("2017-02-01");
        assertThat(PaymentTerms.invoiceDueDate(ISSUED, 45)).isEqualTo("2017-02-16");
        assertThat(PaymentTerms.invoiceDueDate(ISSUED, 15)).isEqualTo("2017-01-17");
        assertThat(PaymentTerms.invoiceDueDate(ISSUED, 0)).isEqualTo(ISSUED);
    }

    @Test
    void termsCountCalendarDaysAcrossMonthsYearsAndLeapDays() {
        assertThat(PaymentTerms.invoiceDueDate(LocalDate.of(2017, 12, 15), 30)).isEqualTo("2018-01-14");
        assertThat(PaymentTerms.invoiceDueDate(LocalDate.of(2020, 2, 1), 30)).isEqualTo("2020-03-02");
        assertThat(PaymentTerms.invoiceDueDate(LocalDate.of(2017, 1, 31), 120)).isEqualTo("2017-05-31");
    }

    @Test
    void aCreditNoteIsDueOnItsIssueDate() {
        assertThat(PaymentTerms.creditNoteDueDate(ISSUED)).isEqualTo(ISSUED);
    }
}
