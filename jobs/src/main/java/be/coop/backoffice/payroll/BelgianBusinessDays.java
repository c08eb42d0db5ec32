package be.coop.backoffice.payroll;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Belgian business days: Monday to Friday, except the {@link BelgianBankHolidays}. */
public final class BelgianBusinessDays {

    private BelgianBusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !BelgianBankHolidays.isHoliday(date);
    }

    /** The first business day strictly after {@code date}. */
    public static LocalDate next(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
