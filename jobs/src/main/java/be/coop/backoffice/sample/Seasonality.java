package be.coop.backoffice.sample;

import java.time.LocalDate;
import java.time.Year;
import java.util.SplittableRandom;

/**
 * Relative weight of each calendar day of the year, per kind of event: work is busiest in spring
 * and autumn, thin in August and between Christmas and New Year; bike couriers ride most in
 * winter; invoices and expenses are encoded on working days. A weight table draws day indexes
 * (0 = 1 January) with {@link #draw(SplittableRandom, int, int)}.
 */
final class Seasonality {

    private static final double[] WORK_MONTHS = {0.85, 0.95, 1.10, 1.10, 1.15, 1.05, 0.80, 0.55, 1.05, 1.15, 1.15, 0.90};
    private static final double[] COURIER_MONTHS = {1.40, 1.35, 1.15, 0.95, 0.85, 0.75, 0.65, 0.60, 0.85, 1.05, 1.30, 1.45};
    private static final double[] OFFICE_MONTHS = {0.95, 1.00, 1.10, 1.05, 1.05, 1.10, 0.85, 0.70, 1.00, 1.10, 1.10, 1.15};
    // Monday .. Sunday
    private static final double[] WORK_WEEK = {1.00, 1.00, 1.00, 1.05, 1.15, 0.60, 0.30};
    private static final double[] ARTIST_WEEK = {0.75, 0.85, 0.95, 1.05, 1.25, 1.05, 0.55};
    private static final double[] COURIER_WEEK = {0.80, 0.85, 0.90, 1.00, 1.25, 1.30, 1.20};
    private static final double[] OFFICE_WEEK = {1.10, 1.05, 1.05, 1.05, 1.00, 0.12, 0.06};

    final int daysInYear;
    private final double[] cum;

    private Seasonality(int year, double[] months, double[] week) {
        this.daysInYear = Year.of(year).length();
        double[] w = new double[daysInYear];
        for (int d = 0; d < daysInYear; d++) {
            LocalDate date = LocalDate.ofYearDay(year, d + 1);
            double x = months[date.getMonthValue() - 1] * week[date.getDayOfWeek().getValue() - 1];
            if (isChristmasBreak(date)) {
                x *= 0.35;
            }
            w[d] = x;
        }
        this.cum = Draw.cumulative(w);
    }

    static boolean isChristmasBreak(LocalDate date) {
        return (date.getMonthValue() == 12 && date.getDayOfMonth() >= 24) || date.getDayOfYear() == 1;
    }

    static Seasonality work(int year) {
        return new Seasonality(year, WORK_MONTHS, WORK_WEEK);
    }

    static Seasonality artistWork(int year) {
        return new Seasonality(year, WORK_MONTHS, ARTIST_WEEK);
    }

    static Seasonality courierWork(int year) {
        return new Seasonality(year, COURIER_MONTHS, COURIER_WEEK);
    }

    static Seasonality office(int year) {
        return new Seasonality(year, OFFICE_MONTHS, OFFICE_WEEK);
    }

    /** A day index in {@code [from, to]} (inclusive) drawn by weight. */
    int draw(SplittableRandom r, int from, int to) {
        double lo = from == 0 ? 0 : cum[from - 1];
        double hi = cum[to];
        double u = lo + r.nextDouble() * (hi - lo);
        int a = from;
        int b = to;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (cum[mid] > u) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        return a;
    }

    int draw(SplittableRandom r) {
        return draw(r, 0, daysInYear - 1);
    }

}
