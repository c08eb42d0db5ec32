package be.coop.backoffice.cli;

import be.coop.backoffice.sample.GenerationSummary;
import java.io.PrintStream;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

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
                if (!night.inboxExists(result.date())) {
                    out.println("  warning: no inbox folder " + night.inboxOf(result.date()) + ": nothing was imported");
                }
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

    static void generation(PrintStream out, GenerationSummary s) {
        out.printf("  %d day folders, %d files, %d rows%n", s.dayFolders(), s.files(), s.rows());
        for (Map.Entry<String, Integer> feed : s.rowsPerFeed().entrySet()) {
            out.printf("    %-12s %8d rows%n", feed.getKey(), feed.getValue());
        }
        out.printf("  workers %d (couriers %d), contracts %d, gross %s, days worked %d%n", s.workers(), s.couriers(),
                s.contracts(), s.grossSalaries(), s.daysWorked());
        out.printf("  sales %d, turnover %s (%s), mutualised fee %s%n", s.sales(), s.turnover(), s.turnoverPerSource(),
                s.mutualisedFee());
    }

    /**
     * The payroll table of the annual report as the imported contracts give it (per contract type
     * the distinct workers, gross and days worked, then per structure the workers and days) and
     * the sales to invoice, each next to the figure the report published, when there is one.
     */
    static void importedYear(PrintStream out, JdbcTemplate jdbc, int year) {
        int[] compared = {0, 0};
        Map<String, java.math.BigDecimal> published = new java.util.HashMap<>();
        jdbc.query("select report_table || ':' || line, value from published_figure where year = ?",
                rs -> {
                    published.put(rs.getString(1), rs.getBigDecimal(2));
                }, year);
        String period = "c.status = 'ACTIVE' and c.start_date >= make_date(?, 1, 1) and c.end_date <= make_date(?, 12, 31)";
        out.println("contracts imported for " + year + " (report's figure in brackets where it differs):");
        out.printf("  %-16s %9s %16s %9s%n", "type", "workers", "gross", "days");
        jdbc.query("""
                select t.label, count(distinct c.member_id), coalesce(sum(c.gross_amount), 0), coalesce(sum(c.days_worked), 0)
                  from (values ('all', null, 0), ('employee', 'EMPLOYEE', 1), ('student', 'STUDENT', 2),
                               ('artist', 'ARTIST', 3), ('artist 1er bis', 'ARTIST_1BIS', 4),
                               ('artists (both)', 'ARTIST%%', 5)) t(label, pattern, rank)
                  left join contract c on (t.pattern is null or c.contract_type like t.pattern) and %s
                 group by t.label, t.rank order by t.rank""".formatted(period), rs -> {
            String label = rs.getString(1);
            out.printf("  %-16s %9s %16s %9s%n", label,
                    compare(rs.getBigDecimal(2), published.get("payroll:" + label + ".workers"), compared),
                    compare(rs.getBigDecimal(3), published.get("payroll:" + label + ".gross"), compared),
                    compare(rs.getBigDecimal(4), published.get("payroll:" + label + ".days"), compared));
        }, year, year);
        out.println("by structure:");
        jdbc.query("""
                select s.code, s.name, count(distinct c.member_id), coalesce(sum(c.days_worked), 0)
                  from structure s left join contract c on c.structure_code = s.code and %s
                 group by s.code, s.name order by 3 desc""".formatted(period), rs -> {
            String code = rs.getString(1);
            out.printf("  %-24s %9s workers %9s days%n", rs.getString(2),
                    compare(rs.getBigDecimal(3), published.get("payroll:" + code + ".workers"), compared),
                    compare(rs.getBigDecimal(4), published.get("payroll:" + code + ".days"), compared));
        }, year, year);
        out.println("sales to invoice (net of cancellations):");
        jdbc.query("""
                select t.source, t.line, count(s.sale_id), coalesce(sum(s.amount_excl_vat), 0)
                  from (values ('ACTIVITY', 'activities'), ('CONTRACT', 'contracts')) t(source, line)
                  left join sale s on s.source_type = t.source and s.status = 'ACTIVE'
                                  and s.sale_date >= make_date(?, 1, 1) and s.sale_date <= make_date(?, 12, 31)
                 group by t.source, t.line order by 1""", rs -> {
            out.printf("  %-9s %8d items %16s%n", rs.getString(1), rs.getLong(3),
                    compare(rs.getBigDecimal(4), published.get("turnover:" + rs.getString(2)), compared));
        }, year, year);
        if (compared[0] > 0) {
            out.println(compared[1] == 0
                    ? "all " + compared[0] + " figures equal those the " + year + " report published"
                    : compared[1] + " of " + compared[0] + " figures differ from the " + year + " report's");
        }
    }

    /** The value, and the published one in brackets when it differs; counts [compared, differing]. */
    static String compare(java.math.BigDecimal value, java.math.BigDecimal published, int[] compared) {
        String shown = value.stripTrailingZeros().scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
        if (published == null) {
            return shown;
        }
        compared[0]++;
        if (published.compareTo(value) == 0) {
            return shown;
        }
        compared[1]++;
        return shown + " [" + published.stripTrailingZeros().toPlainString() + "]";
    }
}
