package be.coop.backoffice.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * About 0.5% of extra contracts are encoded and withdrawn before they start (a gig called off):
 * each copies a real contract's worker, cell, Activity or client and amounts on other dates, and
 * gets a CANCELLED row between its encoding and its start. They are in no total and no sale or
 * accident refers to them.
 */
final class ContractCancellations {

    private static final double SHARE = 0.005;

    private ContractCancellations() {
    }

    static List<PlannedContract> plan(List<PlannedContract> contracts, int daysInYear, SplittableRandom r) {
        int n = (int) Math.round(contracts.size() * SHARE);
        List<PlannedContract> extras = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            PlannedContract t = contracts.get(r.nextInt(contracts.size()));
            int length = t.length();
            if (daysInYear - length < 16) {
                continue;
            }
            PlannedContract c = new PlannedContract(t.worker, t.cell, t.courier, t.daysWorked);
            c.start = Draw.between(r, 15, daysInYear - length);
            c.end = c.start + length - 1;
            c.encoded = c.start - Draw.between(r, 2, 14);
            c.cancelledOn = Draw.between(r, c.encoded + 1, c.start);
            c.hundredthHours = t.hundredthHours;
            c.grossCents = t.grossCents;
            c.activity = t.activity;
            c.client = t.client;
            extras.add(c);
        }
        return extras;
    }
}
