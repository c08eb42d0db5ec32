package be.coop.backoffice.sepa;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The salaries one account pays on one day: one pain.001 message with one payment information block.
 *
 * @param messageId unique per file (at most 35 characters), e.g. {@code SAL-PA-20170320-1}
 * @param createdAt the business timestamp of the run (not the wall clock)
 * @param executionDate the salary payment date (see {@code be.coop.backoffice.payroll.SalaryPaymentDate})
 */
public record PaymentBatch(
        String messageId,
        LocalDateTime createdAt,
        LocalDate executionDate,
        DebtorAccount debtor,
        List<SalaryTransfer> transfers) {

    public PaymentBatch {
        transfers = List.copyOf(transfers);
    }
}
