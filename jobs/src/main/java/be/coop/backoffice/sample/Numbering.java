package be.coop.backoffice.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * Works out the day each member, client and Activity is first needed (the earliest row that
 * refers to it, directly or through an Activity) and numbers every entity in the order it
 * appears in the feeds, so identifiers grow with the business dates as a real platform's do.
 * Activities opened during the year get an opening date 0 to 20 days before first use.
 */
final class Numbering {

    private Numbering() {
    }

    static void apply(YearPlan plan, SplittableRandom r) {
        for (PlannedContract c : plan.contracts()) {
            if (c.activity != null) {
                c.activity.firstNeeded = Math.min(c.activity.firstNeeded, c.encoded);
            }
            if (c.client != null) {
                c.client.firstNeeded = Math.min(c.client.firstNeeded, c.encoded);
            }
            c.worker.firstNeeded = Math.min(c.worker.firstNeeded, c.encoded);
        }
        for (PlannedSale s : plan.sales()) {
            if (s.activity != null) {
                s.activity.firstNeeded = Math.min(s.activity.firstNeeded, s.day);
            }
            s.client.firstNeeded = Math.min(s.client.firstNeeded, s.day);
        }
        for (SideFeeds.Expense e : plan.expenses()) {
            e.activity().firstNeeded = Math.min(e.activity().firstNeeded, e.day());
        }
        for (SideFeeds.Leasing l : plan.leasings()) {
            l.activity().firstNeeded = Math.min(l.activity().firstNeeded, l.day());
        }
        for (SideFeeds.Accident a : plan.accidents()) {
            a.worker().firstNeeded = Math.min(a.worker().firstNeeded, a.declaredOn());
        }
        LocalDate newYear = LocalDate.of(plan.year(), 1, 1);
        for (PlannedActivity a : plan.activities()) {
            a.owner.firstNeeded = Math.min(a.owner.firstNeeded, a.firstNeeded);
            if (a.openedOn == null && a.firstNeeded != Integer.MAX_VALUE) {
                a.openedOn = newYear.plusDays(Math.max(0, a.firstNeeded - Draw.between(r, 0, 20)));
            }
        }
        int yy = plan.year() % 100;
        number(plan.workers(), w -> w.firstNeeded, (w, id) -> w.id = id, "M", yy, 6);
        number(plan.clients(), c -> c.firstNeeded, (c, id) -> c.id = id, "CL", yy, 6);
        number(plan.activities(), a -> a.firstNeeded, (a, id) -> a.id = id, "ACT", yy, 6);
        number(plan.contracts(), c -> c.encoded, (c, id) -> c.id = id, "CT", yy, 7);
        number(plan.sales(), s -> s.day, (s, id) -> s.id = id, "S", yy, 7);
    }

    private static <T> void number(List<T> items, ToIntFunction<T> day, java.util.function.BiConsumer<T, String> setId,
                                   String prefix, int yy, int width) {
        List<T> order = new ArrayList<>(items);
        order.sort(Comparator.comparingInt(day)); // stable: ties keep planning order
        int n = 0;
        for (T item : order) {
            if (day.applyAsInt(item) != Integer.MAX_VALUE) {
                setId.accept(item, id(prefix, yy, ++n, width));
            }
        }
    }

    /** {@code prefix + yy + "-" + n} with n zero-padded to {@code width} digits: {@code CT17-0000042}. */
    static String id(String prefix, int yy, int n, int width) {
        String digits = Integer.toString(n);
        StringBuilder b = new StringBuilder(prefix.length() + 3 + Math.max(width, digits.length()));
        b.append(prefix).append((char) ('0' + yy / 10)).append((char) ('0' + yy % 10)).append('-');
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }
}
