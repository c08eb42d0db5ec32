package be.coop.backoffice.payroll;

import java.time.LocalDate;

/**
 * When an entity pays the salary of work that ended on a given day, before any move to a business
 * day. Written in {@code config/entities.csv} as {@code DAYS_AFTER_END:7} or {@code TENTH_OF_NEXT_MONTH}.
 */
public sealed interface PaymentDelayRule {

    /** The nominal payment date of work ending on {@code endOfWork}. */
    LocalDate nominalDate(LocalDate endOfWork);

    static PaymentDelayRule parse(String text) {
        if (text.equals("TENTH_OF_NEXT_MONTH")) {
            return new TenthOfNextMonth();
        }
        if (text.startsWith("DAYS_AFTER_END:")) {
            try {
                int days = Integer.parseInt(text.substring("DAYS_AFTER_END:".length()));
                if (days >= 0) {
                    return new DaysAfterEnd(days);
                }
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("payment delay must be DAYS_AFTER_END:<days> or TENTH_OF_NEXT_MONTH: '" + text + "'");
    }

    /** So many calendar days after the last day of work. */
    record DaysAfterEnd(int days) implements PaymentDelayRule {
        @Override
        public LocalDate nominalDate(LocalDate endOfWork) {
            return endOfWork.plusDays(days);
        }
    }

    /** The 10th of the month after the month of the last day of work. */
    record TenthOfNextMonth() implements PaymentDelayRule {
        @Override
        public LocalDate nominalDate(LocalDate endOfWork) {
            return endOfWork.plusMonths(1).withDayOfMonth(10);
        }
    }
}
