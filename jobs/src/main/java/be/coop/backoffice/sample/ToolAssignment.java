package be.coop.backoffice.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Decides which contracts are encoded under an Activity and which with the Contract tool (the
 * cooperative invoices the client for the contract itself).
 *
 * <p>Couriers' shifts are Contract-tool contracts for one of the delivery platforms. Among the
 * other contracts, the planned number of Contract-tool contracts is drawn by weighted sampling
 * without replacement (Efraimidis-Spirakis keys {@code ln(u) / w}, here in the equivalent form
 * {@code ln(-ln u) - ln w}) with {@code w = gross^α}, boosted for occasional workers: bigger
 * missions billed to one client and the few contracts of occasional workers go through the
 * Contract tool, the many small gigs of regular members through their Activity. α is found by
 * bisection so that the Contract-tool gross is the Contract turnover divided by
 * {@link #INVOICE_TO_GROSS}. A member gets one Activity per structure it has Activity contracts
 * in (a busy one sometimes two).
 */
final class ToolAssignment {

    /** Typical invoice-to-gross ratio of a Contract: employer costs and fee on top of the gross. */
    static final double INVOICE_TO_GROSS = 1.6;
    /** Workers with this few contracts rarely run an Activity: their contracts go to the Contract tool first. */
    private static final int OCCASIONAL_CONTRACTS = 6;
    private static final double OCCASIONAL_BOOST = 40.0;
    private static final String[] PLATFORMS = {"Velo Rapide Delivery", "Fietskoerier Express", "Urban Meals Couriers"};
    private static final double[] PLATFORM_WEIGHTS = {55, 35, 10};

    private ToolAssignment() {
    }

    static List<PlannedActivity> assign(List<PlannedContract> contracts, List<Worker> workers, CalibrationTargets targets,
                                        ClientBook clients, int year, SplittableRandom r) {
        PlannedClient[] platforms = new PlannedClient[PLATFORMS.length];
        for (int i = 0; i < PLATFORMS.length; i++) {
            platforms[i] = clients.belgianBusiness(PLATFORMS[i] + " " + (i == 1 ? "BV" : "SRL"));
        }
        int[] platformOf = new int[workers.size()];
        for (int i = 0; i < platformOf.length; i++) {
            platformOf[i] = Draw.weighted(r, PLATFORM_WEIGHTS);
        }
        int n = workers.size();
        long[] perWorker = new long[n];
        long courierContracts = 0;
        long courierGross = 0;
        List<PlannedContract> salaried = new ArrayList<>();
        for (PlannedContract c : contracts) {
            if (c.courier) {
                courierContracts++;
                courierGross += c.grossCents;
            } else {
                perWorker[c.worker.index]++;
                salaried.add(c);
            }
        }
        int wanted = (int) Math.min(salaried.size(), Math.max(0, targets.contractToolSales() - courierContracts));
        double wantedGross = targets.contractTurnoverCents() / INVOICE_TO_GROSS - courierGross;
        // Efraimidis-Spirakis in log form: smallest ln(-ln u) - ln(weight) first, weight = gross^α × occasional boost
        double[] base = new double[salaried.size()];
        double[] logGross = new double[salaried.size()];
        for (int i = 0; i < base.length; i++) {
            PlannedContract c = salaried.get(i);
            double boost = perWorker[c.worker.index] <= OCCASIONAL_CONTRACTS ? OCCASIONAL_BOOST : 1.0;
            base[i] = StrictMath.log(-StrictMath.log(1.0 - r.nextDouble())) - StrictMath.log(boost);
            logGross[i] = StrictMath.log(c.grossCents);
        }
        double lo = 0;
        double hi = 6;
        double alpha = 0;
        if (grossOf(select(0, base, logGross, wanted), salaried) < wantedGross) {
            for (int it = 0; it < 16; it++) {
                double mid = (lo + hi) / 2;
                if (grossOf(select(mid, base, logGross, wanted), salaried) < wantedGross) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            alpha = hi;
        }
        boolean[] toolContract = select(alpha, base, logGross, wanted);
        java.util.Set<PlannedContract> tool = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < toolContract.length; i++) {
            if (toolContract[i]) {
                tool.add(salaried.get(i));
            }
        }
        long[] perStructureCount = new long[n * 3];
        for (PlannedContract c : salaried) {
            if (!tool.contains(c)) {
                perStructureCount[c.worker.index * 3 + c.cell.structure.ordinal()]++;
            }
        }

        List<PlannedActivity> activities = new ArrayList<>();
        List<Map<Structure, List<PlannedActivity>>> activitiesOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            activitiesOf.add(null);
        }
        LocalDate newYear = LocalDate.of(year, 1, 1);
        for (PlannedContract c : contracts) {
            Worker w = c.worker;
            if (c.courier) {
                c.client = platforms[platformOf[w.index]];
                c.client.uses++;
            } else if (tool.contains(c)) {
                c.client = clients.next(w.index);
            } else {
                Map<Structure, List<PlannedActivity>> mine = activitiesOf.get(w.index);
                if (mine == null) {
                    mine = new EnumMap<>(Structure.class);
                    activitiesOf.set(w.index, mine);
                }
                List<PlannedActivity> list = mine.get(c.cell.structure);
                if (list == null) {
                    list = new ArrayList<>(1);
                    int howMany = perStructureCount[w.index * 3 + c.cell.structure.ordinal()] >= 15 && Draw.chance(r, 0.2) ? 2 : 1;
                    for (int k = 0; k < howMany; k++) {
                        PlannedActivity a = new PlannedActivity(activities.size(), w, c.cell.structure, activityName(w, c.cell, r));
                        if (Draw.chance(r, 0.72)) {
                            a.openedOn = newYear.minusDays(Draw.between(r, 20, 365 * 9));
                        }
                        activities.add(a);
                        list.add(a);
                    }
                    mine.put(c.cell.structure, list);
                }
                c.activity = list.get(r.nextInt(list.size()));
                c.activity.salaryCents += c.grossCents;
            }
        }
        return activities;
    }

    /** The {@code wanted} contracts with the smallest keys {@code base - α ln(gross)}. */
    private static boolean[] select(double alpha, double[] base, double[] logGross, int wanted) {
        int n = base.length;
        boolean[] chosen = new boolean[n];
        if (wanted == 0) {
            return chosen;
        }
        double[] keys = new double[n];
        for (int i = 0; i < n; i++) {
            keys[i] = base[i] - alpha * logGross[i];
        }
        double[] sorted = keys.clone();
        Arrays.sort(sorted);
        double threshold = sorted[wanted - 1];
        int taken = 0;
        for (int i = 0; i < n && taken < wanted; i++) {
            if (keys[i] <= threshold) {
                chosen[i] = true;
                taken++;
            }
        }
        return chosen;
    }

    private static double grossOf(boolean[] chosen, List<PlannedContract> contracts) {
        double s = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                s += contracts.get(i).grossCents;
            }
        }
        return s;
    }

    private static String activityName(Worker w, Cell cell, SplittableRandom r) {
        if (cell.structure == Structure.FA) {
            return Draw.pick(r, new String[]{"Ateliers ", "Formations ", "Workshops "}) + Draw.pick(r, Names.PROJECT_WORDS);
        }
        return switch (r.nextInt(4)) {
            case 0 -> Draw.pick(r, Names.TRADES) + " " + w.lastName;
            case 1 -> "Compagnie " + Draw.pick(r, Names.PROJECT_WORDS);
            case 2 -> w.firstName + " " + w.lastName + " " + Draw.pick(r, Names.TRADES);
            default -> "Collectif " + Draw.pick(r, Names.PROJECT_WORDS);
        };
    }
}
