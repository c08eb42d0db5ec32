package be.coop.backoffice.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Expenses debited from the Activities: author-rights fees (artists' Activities above all) sum
 * exactly to the report's author-rights line, purchases, travel, services and other charges to
 * its "expenses, purchases, charges" line. Amounts are log-normal per category, dates follow the
 * office calendar, Activities are drawn by the salaries they pay.
 */
final class ExpensePlanner {

    private static final String[] OTHER = {"PURCHASE", "TRAVEL", "SERVICES", "OTHER"};
    private static final double[] OTHER_WEIGHTS = {36, 26, 24, 14};
    private static final double[] OTHER_MEDIAN = {160_00, 70_00, 240_00, 90_00};
    private static final double AUTHOR_RIGHTS_SHARE_OF_COUNT = 0.12;
    private static final String[][] DESCRIPTIONS = {
            {"Materiel", "Fournitures", "Logiciel", "Impression", "Materiaux"},
            {"Train", "Kilometres", "Parking", "Avion", "Hotel"},
            {"Location de salle", "Sous-traitance", "Location materiel", "Studio d'enregistrement", "Traiteur"},
            {"Assurance", "Frais bancaires", "Abonnement", "Cotisation", "Divers"}};

    private ExpensePlanner() {
    }

    static List<SideFeeds.Expense> plan(List<PlannedActivity> activities, CalibrationTargets targets, int year,
                                        SplittableRandom r) {
        if (activities.isEmpty()) {
            return List.of();
        }
        Seasonality office = Seasonality.office(year);
        int count = Math.max(2, targets.expensesApprox());
        int authorRights = Math.max(1, (int) Math.round(count * AUTHOR_RIGHTS_SHARE_OF_COUNT));
        double[] any = new double[activities.size()];
        double[] artists = new double[activities.size()];
        for (PlannedActivity a : activities) {
            any[a.index] = a.salaryCents + 20_000.0;
            artists[a.index] = a.owner.profile.has(ContractType.ARTIST) || a.owner.profile.has(ContractType.ARTIST_1BIS)
                    ? any[a.index] : any[a.index] * 0.05;
        }
        double[] anyCum = Draw.cumulative(any);
        double[] artistCum = Draw.cumulative(artists);
        List<SideFeeds.Expense> rights = new ArrayList<>();
        List<Double> rightsWeights = new ArrayList<>();
        List<int[]> others = new ArrayList<>(); // {activity, day, category}
        List<Double> otherWeights = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int day = office.draw(r);
            if (k < authorRights) {
                PlannedActivity a = activities.get(Draw.fromCumulative(r, artistCum));
                rights.add(new SideFeeds.Expense(a, day, 0, "AUTHOR_RIGHTS", "Droits d'auteur " + (day / 31 + 1) + "/" + year));
                rightsWeights.add(Draw.logNormal(r, 350_00, 0.9));
            } else {
                int category = Draw.weighted(r, OTHER_WEIGHTS);
                others.add(new int[]{Draw.fromCumulative(r, anyCum), day, category});
                otherWeights.add(Draw.logNormal(r, OTHER_MEDIAN[category], 1.0));
            }
        }
        long[] rightsAmounts = Apportion.of(targets.authorRightsCents(), unbox(rightsWeights), 100);
        long[] otherAmounts = Apportion.of(targets.otherExpensesCents(), unbox(otherWeights), 100);
        List<SideFeeds.Expense> expenses = new ArrayList<>(count);
        for (int i = 0; i < rights.size(); i++) {
            SideFeeds.Expense e = rights.get(i);
            expenses.add(new SideFeeds.Expense(e.activity(), e.day(), rightsAmounts[i], e.category(), e.description()));
        }
        for (int i = 0; i < others.size(); i++) {
            int[] o = others.get(i);
            expenses.add(new SideFeeds.Expense(activities.get(o[0]), o[1], otherAmounts[i], OTHER[o[2]],
                    Draw.pick(r, DESCRIPTIONS[o[2]])));
        }
        expenses.sort(java.util.Comparator.comparingInt(SideFeeds.Expense::day));
        return expenses;
    }

    static double[] unbox(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }
}
