package be.coop.backoffice.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Lands the sum of per-sale rounded fees on an exact target without changing any turnover total.
 *
 * <p>Coarse: cents move between the fee-bearing and the fee-free sales (each euro moved changes
 * the fee by about 6.5 cents). Fine: one cent moves from a sale whose fee it leaves unchanged to
 * a sale whose rounded fee it lifts by one cent (or the reverse); about 6.5% of sales sit at such
 * a rounding edge, so a few hundred moves are always available at full scale.
 */
final class FeeTuning {

    private static final long MIN_PAID_CENTS = 1_000;
    private static final long MIN_FREE_CENTS = 5_000;

    private FeeTuning() {
    }

    /** @return the fee difference left (0 when landed) */
    static long land(List<PlannedSale> paid, List<PlannedSale> free, long targetFee, SplittableRandom r) {
        if (paid.isEmpty()) {
            return targetFee;
        }
        for (int round = 0; round < 6; round++) {
            long delta = targetFee - feeOf(paid);
            if (Math.abs(delta) <= 40 || free.isEmpty()) {
                break;
            }
            long cents = Math.round(delta * 1000.0 / CalibrationTargets.FEE_PER_MILLE);
            PlannedSale p = largest(paid);
            PlannedSale f = largest(free);
            cents = Math.max(cents, -(p.amountCents - MIN_PAID_CENTS));
            cents = Math.min(cents, f.amountCents - MIN_FREE_CENTS);
            p.amountCents += cents;
            f.amountCents -= cents;
        }
        int[] order = new int[paid.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Draw.shuffle(r, order);
        long delta = targetFee - feeOf(paid);
        int edge = 0;
        int flat = 0;
        while (delta != 0) {
            int step = delta > 0 ? 1 : -1;
            // edge: a sale whose fee moves by `step` when its amount moves by `step`
            while (edge < order.length && !movesFee(paid.get(order[edge]).amountCents, step)) {
                edge++;
            }
            while (flat < order.length && (flat == edge || movesFee(paid.get(order[flat]).amountCents, -step)
                    || paid.get(order[flat]).amountCents - step < MIN_PAID_CENTS)) {
                flat++;
            }
            if (edge >= order.length || flat >= order.length) {
                break;
            }
            paid.get(order[edge]).amountCents += step;
            paid.get(order[flat]).amountCents -= step;
            edge++;
            flat++;
            delta -= step;
        }
        return delta;
    }

    private static boolean movesFee(long amount, int step) {
        return amount + step >= MIN_PAID_CENTS && PlannedSale.feeOf(amount + step) != PlannedSale.feeOf(amount);
    }

    static long feeOf(List<PlannedSale> sales) {
        long fee = 0;
        for (PlannedSale s : sales) {
            fee += s.feeCents();
        }
        return fee;
    }

    private static PlannedSale largest(List<PlannedSale> sales) {
        PlannedSale best = sales.get(0);
        for (PlannedSale s : sales) {
            if (s.amountCents > best.amountCents) {
                best = s;
            }
        }
        return best;
    }
}
