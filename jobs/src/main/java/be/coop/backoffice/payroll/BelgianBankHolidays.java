package be.coop.backoffice.payroll;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ten Belgian public holidays, on which Belgian banks do not execute transfers: New Year's
 * Day, Easter Monday, Labour Day (1 May), Ascension (Easter + 39 days), Whit Monday (Easter + 50
 * days), National Day (21 July), Assumption (15 August), All Saints' Day (1 November), Armistice
 * (11 November) and Christmas (25 December). A holiday falling on a Sunday is not moved (in
 * Belgium the replacement day is a day off for the staff, not a bank closing day).
 */
public final class BelgianBankHolidays {

    private BelgianBankHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    /** The holidays of a year, in date order. */
    public static Set<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> holidays = new TreeSet<>();
        holidays.add(LocalDate.of(year, Month.JANUARY, 1));
        holidays.add(easter.plusDays(1));
        holidays.add(LocalDate.of(year, Month.MAY, 1));
        holidays.add(easter.plusDays(39));
        holidays.add(easter.plusDays(50));
        holidays.add(LocalDate.of(year, Month.JULY, 21));
        holidays.add(LocalDate.of(year, Month.AUGUST, 15));
        holidays.add(LocalDate.of(year, Month.NOVEMBER, 1));
        holidays.add(LocalDate.of(year, Month.NOVEMBER, 11));
        holidays.add(LocalDate.of(year, Month.DECEMBER, 25));
        return holidays;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
