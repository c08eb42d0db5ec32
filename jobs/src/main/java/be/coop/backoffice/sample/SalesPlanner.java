package be.coop.backoffice.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The year's billable items.
 *
 * <ul>
 * <li>One sale per Contract-tool contract, on or after its end (and its encoding), invoicing
 * about {@link ToolAssignment#INVOICE_TO_GROSS} times its gross; together exactly the Contract
 * turnover.</li>
 * <li>Activity sales up to the planned number of sales, every Activity at least one, the others
 * drawn by the salaries the Activity pays; a few of them are fee-free budget transfers and
 * financing. Together exactly the Activity turnover.</li>
 * <li>The fee-free part is sized so that the per-sale rounded 6.5% fee lands on the report's
 * fee; the last cents of difference are moved between two sales whose rounding they change
 * ({@link FeeTuning}).</li>
 * <li>About 0.3% of extra sales are encoded by mistake and cancelled a few days later; they
 * count in no total.</li>
 * </ul>
 */
final class SalesPlanner {

    private static final double FEE_FREE_SHARE_OF_ACTIVITY_SALES = 0.0038;
    private static final double CANCELLED_SHARE = 0.003;
    private static final String[] ACTIVITY_WORK = {
            "Concert", "Prestation artistique", "Creation graphique", "Reportage photo", "Atelier", "Traduction",
            "Conception site web", "Montage video", "Representation", "Illustration", "Voorstelling", "Fotoreportage",
            "Vormgeving", "Droits de diffusion", "Mise en scene", "Animation", "Sonorisation", "Coaching"};

    private final int year;
    private final int daysInYear;
    private final Seasonality office;

    SalesPlanner(int year) {
        this.year = year;
        this.office = Seasonality.office(year);
        this.daysInYear = office.daysInYear;
    }

    List<PlannedSale> plan(List<PlannedContract> contracts, List<PlannedActivity> activities, CalibrationTargets targets,
                           ClientBook clients, SplittableRandom r) {
        List<PlannedSale> sales = new ArrayList<>();
        List<PlannedSale> contractSales = contractSales(contracts, targets, r);
        sales.addAll(contractSales);
        int activitySales = Math.max(activities.size(), targets.salesInAll() - contractSales.size());
        sales.addAll(activitySales(activities, activitySales, contractSales, targets, clients, r));
        sales.addAll(cancelledExtras(sales, r));
        sales.sort(java.util.Comparator.comparingInt((PlannedSale s) -> s.day));
        return sales;
    }

    private List<PlannedSale> contractSales(List<PlannedContract> contracts, CalibrationTargets targets, SplittableRandom r) {
        List<PlannedSale> sales = new ArrayList<>();
        for (PlannedContract c : contracts) {
            if (!c.isContractTool() || c.isCancelled()) {
                continue;
            }
            int lag = Draw.chance(r, 0.3) ? 0 : Draw.between(r, 1, 12);
            int day = Math.min(daysInYear - 1, Math.max(c.end, c.encoded) + lag);
            PlannedSale.Vat vat = c.cell.structure == Structure.FA ? PlannedSale.Vat.EXEMPT
                    : c.cell.type.isArtist() && Draw.chance(r, 0.2) ? PlannedSale.Vat.REDUCED : PlannedSale.Vat.STANDARD;
            sales.add(new PlannedSale(null, c, c.client, day, false, vat, contractDescription(c)));
        }
        double[] weights = new double[sales.size()];
        long[] min = new long[sales.size()];
        for (int i = 0; i < weights.length; i++) {
            PlannedContract c = sales.get(i).contract;
            weights[i] = c.grossCents * Draw.logNormal(r, ToolAssignment.INVOICE_TO_GROSS, 0.07);
            min[i] = c.grossCents;
        }
        long[] amounts = Apportion.of(targets.contractTurnoverCents(), weights, min, null);
        for (int i = 0; i < amounts.length; i++) {
            sales.get(i).amountCents = amounts[i];
        }
        return sales;
    }

    private String contractDescription(PlannedContract c) {
        LocalDate start = LocalDate.ofYearDay(year, c.start + 1);
        String what = c.courier ? "Livraisons a velo" : c.cell.type.isArtist() ? "Prestations artistiques" : "Prestations";
        return c.start == c.end ? what + " du " + start : what + " du " + start + " au " + LocalDate.ofYearDay(year, c.end + 1);
    }

    private List<PlannedSale> activitySales(List<PlannedActivity> activities, int count, List<PlannedSale> contractSales,
                                            CalibrationTargets targets, ClientBook clients, SplittableRandom r) {
        if (activities.isEmpty()) {
            return List.of();
        }
        int feeFree = Math.max(1, (int) Math.round(count * FEE_FREE_SHARE_OF_ACTIVITY_SALES));
        double[] draw = new double[activities.size()];
        double[] priceLevel = new double[activities.size()];
        for (PlannedActivity a : activities) {
            draw[a.index] = (a.salaryCents + 50_000.0) * Draw.logNormal(r, 1.0, 0.6);
            priceLevel[a.index] = Draw.logNormal(r, 1.0, 0.5);
        }
        double[] cumulative = Draw.cumulative(draw);
        List<PlannedSale> paid = new ArrayList<>();
        List<PlannedSale> free = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            PlannedActivity a = k < activities.size() ? activities.get(k) : activities.get(Draw.fromCumulative(r, cumulative));
            boolean feeFreeSale = k >= count - feeFree;
            int day = office.draw(r);
            PlannedClient client = clients.next(a.clientOwnerKey());
            PlannedSale.Vat vat = a.structure == Structure.FA ? PlannedSale.Vat.EXEMPT
                    : Draw.chance(r, 0.14) ? PlannedSale.Vat.REDUCED : PlannedSale.Vat.STANDARD;
            String description = feeFreeSale
                    ? (Draw.chance(r, 0.6) ? "Transfert budgetaire entre activites" : "Convention de financement")
                    : Draw.pick(r, ACTIVITY_WORK) + " " + LocalDate.ofYearDay(year, day + 1).getMonth().getValue() + "/" + year;
            (feeFreeSale ? free : paid).add(new PlannedSale(a, null, client, day, feeFreeSale, vat, description));
        }
        long contractFees = 0;
        for (PlannedSale s : contractSales) {
            contractFees += s.feeCents();
        }
        long activityFeeTarget = targets.mutualisedFeeCents() - contractFees;
        long paidTotal = Math.round(activityFeeTarget * 1000.0 / CalibrationTargets.FEE_PER_MILLE);
        long freeTotal = targets.activityTurnoverCents() - paidTotal;
        if (freeTotal < 5_000L * free.size()) {
            freeTotal = 5_000L * free.size(); // too small a year to carry the fee exactly
            paidTotal = targets.activityTurnoverCents() - freeTotal;
        }
        spread(paid, paidTotal, 1_000, 480_00, 0.95, priceLevel, r);
        spread(free, freeTotal, 5_000, 1_200_00, 0.6, priceLevel, r);
        List<PlannedSale> all = new ArrayList<>(paid);
        all.addAll(free);
        FeeTuning.land(paid, free, targets.mutualisedFeeCents() - contractFees, r);
        return all;
    }

    private static void spread(List<PlannedSale> sales, long total, long min, double median, double sigma,
                               double[] priceLevel, SplittableRandom r) {
        double[] weights = new double[sales.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Draw.logNormal(r, median, sigma) * priceLevel[sales.get(i).activity.index];
        }
        long[] amounts = Apportion.of(total, weights, min);
        for (int i = 0; i < amounts.length; i++) {
            sales.get(i).amountCents = amounts[i];
        }
    }

    private List<PlannedSale> cancelledExtras(List<PlannedSale> sales, SplittableRandom r) {
        int n = (int) Math.round(sales.size() * CANCELLED_SHARE);
        List<PlannedSale> extras = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            PlannedSale t = sales.get(r.nextInt(sales.size()));
            PlannedSale wrong = new PlannedSale(t.activity, t.contract, t.client, t.day, t.feeExempt, t.vat, t.description);
            wrong.amountCents = Math.max(100, Math.round(t.amountCents * (0.8 + 0.4 * r.nextDouble())));
            wrong.cancelledOn = Math.min(daysInYear - 1, t.day + Draw.between(r, 1, 10));
            extras.add(wrong);
        }
        return extras;
    }
}
