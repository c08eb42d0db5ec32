package be.coop.backoffice.cli;

import java.io.PrintStream;

/** What the commands print: short, aligned, naming where the outputs are. */
final class Report {

    private Report() {
    }

    static void night(PrintStream out, NightlyRun night, NightlyRun.Result result) {
        switch (result.outcome()) {
            case ALREADY_COMPLETED -> out.println("nightly " + result.date() + ": already completed, nothing done");
            case FAILED -> out.println("nightly " + result.date() + ": FAILED after " + result.millis() + " ms: "
                    + result.message() + "\n  run the same command again to restart where it stopped");
            case COMPLETED -> {
                out.println("nightly " + result.date() + ": COMPLETED in " + result.millis() + " ms");
                out.printf("  %-16s %8s %8s %8s%n", "feed", "read", "written", "rejected");
                int read = 0;
                int written = 0;
                int rejected = 0;
                for (NightlyRun.FeedCount c : night.feedCounts(result.date())) {
                    out.printf("  %-16s %8d %8d %8d%n", c.file(), c.read(), c.written(), c.rejected());
                    read += c.read();
                    written += c.written();
                    rejected += c.rejected();
                }
                out.printf("  %-16s %8d %8d %8d%n", "total", read, written, rejected);
                out.println("  invoicing: " + night.invoicingSummary(result.date()));
                out.println("  outputs: " + night.outboxOf(result.date()));
                if (rejected > 0) {
                    out.println("  rejected lines, with file, line, field and rule: "
                            + night.outboxOf(result.date()).resolve("rejects.csv"));
                }
            }
        }
    }
}
