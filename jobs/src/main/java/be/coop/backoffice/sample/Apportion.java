package be.coop.backoffice.sample;

/**
 * Splits an exact integer total (cents, days, hours) over items in proportion to realistic
 * weights, within per-item bounds: every item gets its minimum, the rest is shared by weight
 * (items reaching their maximum are capped and the excess goes to the others), and the units
 * left by rounding down go to the largest fractional parts. The result sums to the total
 * exactly, so no single item absorbs the residual.
 */
final class Apportion {

    private Apportion() {
    }

    static long[] of(long total, double[] weights, long min) {
        long[] mins = new long[weights.length];
        java.util.Arrays.fill(mins, min);
        return of(total, weights, mins, null);
    }

    /**
     * @param max per-item maximum, or {@code null} for none
     * @throws IllegalArgumentException when the bounds cannot hold the total
     */
    static long[] of(long total, double[] weights, long[] min, long[] max) {
        int n = weights.length;
        long[] x = new long[n];
        long rest = total;
        long room = 0;
        for (int i = 0; i < n; i++) {
            x[i] = min[i];
            rest -= min[i];
            room = max == null ? Long.MAX_VALUE : saturatedAdd(room, max[i] - min[i]);
        }
        if (rest < 0 || (max != null && rest > room) || (n == 0 && total != 0)) {
            throw new IllegalArgumentException("cannot split " + total + " over " + n + " items within bounds");
        }
        boolean[] capped = new boolean[n];
        double[] share = new double[n];
        long toShare = rest;
        boolean changed = true;
        while (changed) {
            changed = false;
            double w = 0;
            for (int i = 0; i < n; i++) {
                if (!capped[i]) {
                    w += Math.max(weights[i], 0);
                }
            }
            for (int i = 0; i < n; i++) {
                if (capped[i]) {
                    continue;
                }
                share[i] = w > 0 ? toShare * (Math.max(weights[i], 0) / w) : 0;
                if (max != null && share[i] > max[i] - min[i]) {
                    capped[i] = true;
                    share[i] = max[i] - min[i];
                    toShare -= max[i] - min[i];
                    changed = true;
                }
            }
        }
        long given = 0;
        for (int i = 0; i < n; i++) {
            long whole = (long) Math.floor(share[i]);
            if (max != null) {
                whole = Math.min(whole, max[i] - min[i]);
            }
            x[i] += whole;
            share[i] -= whole;
            given += whole;
        }
        long left = rest - given;
        if (n >= 1 << 20) {
            throw new IllegalArgumentException("too many items: " + n);
        }
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            double frac = Math.min(Math.max(share[i], 0.0), 1.0);
            order[i] = ((long) ((1.0 - frac) * 1e9) << 20) | i; // largest fraction first, then index
        }
        java.util.Arrays.sort(order);
        int step = left > 0 ? 1 : -1;
        while (left != 0) {
            boolean placed = false;
            for (int k = 0; k < n && left != 0; k++) {
                int i = (int) ((step > 0 ? order[k] : order[n - 1 - k]) & ((1 << 20) - 1));
                boolean ok = step > 0 ? (max == null || x[i] < max[i]) : x[i] > min[i];
                if (ok) {
                    x[i] += step;
                    left -= step;
                    placed = true;
                }
            }
            if (!placed) {
                throw new IllegalStateException("no room left to place " + left + " units");
            }
        }
        return x;
    }

    private static long saturatedAdd(long a, long b) {
        long s = a + b;
        return ((a ^ s) & (b ^ s)) < 0 ? Long.MAX_VALUE : s;
    }
}
