package be.coop.backoffice.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Accident declarations: each happens on a day of one of the victim's contracts (couriers' on a
 * courier shift), is declared 0 to 10 days later (never before the contract is known), and the
 * lost days are shared so that the declarations with lost days, the total, and the couriers'
 * share of declarations and lost days are the report's.
 */
final class AccidentPlanner {

    private AccidentPlanner() {
    }

    static List<SideFeeds.Accident> plan(List<PlannedContract> contracts, CalibrationTargets targets, int daysInYear,
                                         SplittableRandom r) {
        CalibrationTargets.Accidents t = targets.accidents();
        List<PlannedContract> courier = new ArrayList<>();
        List<PlannedContract> other = new ArrayList<>();
        for (PlannedContract c : contracts) {
            if (!c.isCancelled()) {
                (c.courier ? courier : other).add(c);
            }
        }
        List<SideFeeds.Accident> accidents = new ArrayList<>();
        int otherDeclarations = t.declarations() - t.courierDeclarations();
        accidents.addAll(declarations(courier, t.courierDeclarations(), t.courierWithLostDays(), t.courierLostDays(),
                daysInYear, r));
        accidents.addAll(declarations(other, otherDeclarations, t.withLostDays() - t.courierWithLostDays(),
                t.lostDays() - t.courierLostDays(), daysInYear, r));
        accidents.sort(java.util.Comparator.comparingInt(SideFeeds.Accident::declaredOn));
        return accidents;
    }

    private static List<SideFeeds.Accident> declarations(List<PlannedContract> pool, int count, int withLost, int lostDays,
                                                         int daysInYear, SplittableRandom r) {
        if (count == 0 || pool.isEmpty()) {
            return List.of();
        }
        double[] byDays = new double[pool.size()];
        for (int i = 0; i < byDays.length; i++) {
            byDays[i] = pool.get(i).daysWorked;
        }
        double[] cum = Draw.cumulative(byDays);
        java.util.Set<PlannedContract> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        double[] weights = new double[withLost];
        for (int i = 0; i < withLost; i++) {
            weights[i] = Draw.logNormal(r, 10, 1.0);
        }
        long[] lost = withLost == 0 ? new long[0] : Apportion.of(lostDays, weights, 1);
        List<SideFeeds.Accident> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            PlannedContract c;
            do {
                c = pool.get(Draw.fromCumulative(r, cum));
            } while (!used.add(c) && used.size() < pool.size());
            int day = Draw.between(r, c.start, c.end);
            int declared = Math.min(daysInYear - 1, Math.max(c.encoded, day + Draw.between(r, 0, 10)));
            String kind = c.courier ? "WORK" : Draw.chance(r, 0.22) ? "COMMUTE" : Draw.chance(r, 0.04) ? "MOBILITY" : "WORK";
            out.add(new SideFeeds.Accident(c, day, declared, kind, k < withLost ? (int) lost[k] : 0));
        }
        return out;
    }
}
