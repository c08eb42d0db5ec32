package be.coop.backoffice.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * New leasing contracts of the year. The report's "average contract value" (€3,596.65 in 2017) is
 * read as the mean price of the year's new contracts, so their prices sum to exactly
 * {@code count × 3,596.65}; its "average duration" (14 months) as the mean duration of the same
 * contracts, so durations sum to {@code count × 14}. Computers lead, then audiovisual and photo.
 */
final class LeasingPlanner {

    private static final String[] CATEGORIES = {"COMPUTER", "AUDIOVISUAL", "PHOTO", "OTHER"};
    private static final double[] CATEGORY_WEIGHTS = {46, 26, 20, 8};
    private static final int[] DURATIONS = {6, 9, 12, 12, 12, 18, 24, 24, 36};

    private LeasingPlanner() {
    }

    static List<SideFeeds.Leasing> plan(List<PlannedActivity> activities, CalibrationTargets targets, int year,
                                        SplittableRandom r) {
        int n = targets.leasings();
        if (n == 0 || activities.isEmpty()) {
            return List.of();
        }
        Seasonality office = Seasonality.office(year);
        double[] weights = new double[n];
        long[] months = new long[n];
        long[] monthMin = new long[n];
        long[] monthMax = new long[n];
        double[] monthWeights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = Draw.logNormal(r, 3_000, 0.55);
            monthWeights[i] = DURATIONS[r.nextInt(DURATIONS.length)];
            monthMin[i] = 3;
            monthMax[i] = 48;
        }
        long[] prices = Apportion.of(targets.leasingPriceCents(), weights, 300_00L);
        months = Apportion.of(targets.leasingMonths(), monthWeights, monthMin, monthMax);
        double[] draw = new double[activities.size()];
        for (PlannedActivity a : activities) {
            draw[a.index] = a.salaryCents + 100_000.0;
        }
        double[] cum = Draw.cumulative(draw);
        List<SideFeeds.Leasing> leasings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PlannedActivity a = activities.get(Draw.fromCumulative(r, cum));
            String rate = String.format(java.util.Locale.ROOT, "%.2f", 3.0 + 0.25 * Draw.between(r, 0, 12));
            leasings.add(new SideFeeds.Leasing(a, office.draw(r), CATEGORIES[Draw.weighted(r, CATEGORY_WEIGHTS)],
                    prices[i], rate, (int) months[i]));
        }
        leasings.sort(java.util.Comparator.comparingInt(SideFeeds.Leasing::day));
        return leasings;
    }
}
