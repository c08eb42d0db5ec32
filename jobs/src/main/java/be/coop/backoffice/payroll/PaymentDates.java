package be.coop.backoffice.payroll;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date a payslip computed on a business date is paid: its salary payment date
 * ({@link SalaryPaymentDate}, whether or not the client has paid), unless that date is not after
 * the night that computes it (work encoded late): then the next Belgian business day, the first
 * date whose salary file is still to be written.
 */
public final class PaymentDates {

    private final SalaryPaymentDate salaryPaymentDate;
    private final String entity;

    public PaymentDates(SalaryPaymentDate salaryPaymentDate, String entity) {
        this.salaryPaymentDate = Objects.requireNonNull(salaryPaymentDate, "salaryPaymentDate");
        this.entity = Objects.requireNonNull(entity, "entity");
    }

    /** The salary payment date the entity's rule gives for work ending on {@code endOfWork}. */
    public LocalDate due(LocalDate endOfWork) {
        return salaryPaymentDate.forWorkEndingOn(entity, endOfWork);
    }

    /** {@code max(due, next business day after the business date)}. */
    public LocalDate paid(LocalDate due, LocalDate businessDate) {
        LocalDate earliest = BelgianBusinessDays.next(businessDate);
        return due.isBefore(earliest) ? earliest : due;
    }
}
