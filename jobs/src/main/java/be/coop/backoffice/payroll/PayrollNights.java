package be.coop.backoffice.payroll;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nights whose payslip computation completed ({@code payroll_night}), and the bound they give
 * the next night's search for contracts to pay.
 *
 * <p>Contract: when the computation of night N completes, every active contract then stored whose
 * work ended by N has its payslip. A contract that is unpaid on a later night therefore ended after
 * N, or was encoded after N (a late encoding), or was amended or cancelled after N (an amendment may
 * move the end date back); those dates are business dates set by the feed import of the night
 * (docs/feeds.md). The bound is the day before the last night completed before the business date,
 * as for the DIMONA candidates: the day of slack finds a contract imported with that night's date
 * after its computation (the job run alone before the night's import). A gap between nights is
 * covered by the bound itself. Without a completed night, there is no bound: every contract that
 * ended is looked at.
 */
public final class PayrollNights {

    /** Days of slack behind the last completed night. */
    static final int SLACK_DAYS = 1;

    private final JdbcTemplate jdbc;

    public PayrollNights(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The date after which a contract must have ended, been encoded, amended or cancelled to be
     * possibly unpaid on {@code businessDate}; {@code null}: no bound.
     */
    public LocalDate searchFrom(LocalDate businessDate) {
        LocalDate last = jdbc.queryForObject("select max(business_date) from payroll_night where business_date < ?",
                LocalDate.class, businessDate);
        return last == null ? null : last.minusDays(SLACK_DAYS);
    }

    /** Records that the computation of {@code businessDate} completed (once; a second record is ignored). */
    public void completed(LocalDate businessDate, int payslips) {
        jdbc.update("insert into payroll_night (business_date, payslips) values (?, ?) on conflict do nothing",
                businessDate, payslips);
    }
}
