package be.coop.backoffice.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Runs the nights of a range in order, printing one progress line a night. */
final class Replay {

    record Totals(int completed, int alreadyCompleted, int failed, int read, int written, int rejected, long millis) {
    }

    /** Work done before each night, such as writing the day's simulated bank statements into the inbox. */
    interface BeforeNight {
        void prepare(LocalDate date) throws Exception;
    }

    private final NightlyRun night;
    private final PrintStream out;
    private final BeforeNight beforeNight;

    Replay(NightlyRun night, PrintStream out) {
        this(night, out, date -> { });
    }

    Replay(NightlyRun night, PrintStream out, BeforeNight beforeNight) {
        this.night = night;
        this.out = out;
        this.beforeNight = beforeNight;
    }

    Totals run(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        int completed = 0;
        int already = 0;
        int read = 0;
        int written = 0;
        int rejected = 0;
        long start = System.nanoTime();
        int n = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            n++;
            String progress = String.format("[%3d/%d] %s", n, days, date);
            try {
                beforeNight.prepare(date);
            } catch (Exception e) {
                out.println(progress + " FAILED before the night: " + e.getMessage());
                return new Totals(completed, already, 1, read, written, rejected, elapsed(start));
            }
            NightlyRun.Result result = night.run(date);
            switch (result.outcome()) {
                case ALREADY_COMPLETED -> {
                    already++;
                    out.println(progress + " already completed");
                }
                case FAILED -> {
                    out.println(progress + " FAILED: " + result.message());
                    out.println("replay stopped at " + date + "; run it again to restart that night where it stopped");
                    return new Totals(completed, already, 1, read, written, rejected, elapsed(start));
                }
                case COMPLETED -> {
                    completed++;
                    int r = 0;
                    int w = 0;
                    int x = 0;
                    for (NightlyRun.FeedCount c : night.feedCounts(date)) {
                        r += c.read();
                        w += c.written();
                        x += c.rejected();
                    }
                    read += r;
                    written += w;
                    rejected += x;
                    out.printf("%s completed in %4d ms: %6d lines, %6d written, %4d rejected%n",
                            progress, result.millis(), r, w, x);
                }
            }
        }
        Totals totals = new Totals(completed, already, 0, read, written, rejected, elapsed(start));
        out.printf("replay %s .. %s: %d nights completed, %d already done; %d lines read = %d written + %d rejected"
                        + " (%.1f s)%n", from, to, completed, already, read, written, rejected, totals.millis() / 1000.0);
        return totals;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
