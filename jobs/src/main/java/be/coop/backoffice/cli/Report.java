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
     * What a replayed year produced, next to what the report published where it did: the payroll
     * tables from the payslips, the turnover invoiced (credit notes deducted) by source, the
     * payments and the client payment delay, the DIMONA declarations.
     */
    static void year(PrintStream out, JdbcTemplate jdbc, int year) {
        int[] compared = {0, 0};
        Map<String, java.math.BigDecimal> published = new java.util.HashMap<>();
        jdbc.query("select report_table || ':' || line, value from published_figure where year = ?",
                rs -> {
                    published.put(rs.getString(1), rs.getBigDecimal(2));
                }, year);
        be.coop.backoffice.payroll.PayrollFigures payroll = new be.coop.backoffice.payroll.PayrollFigures(jdbc);
        out.println("payslips of " + year + " (the report's figure in brackets where it differs):");
        out.printf("  %-16s %9s %16s %9s%n", "type", "workers", "gross", "days");
        for (var t : payroll.byContractType(year)) {
            out.printf("  %-16s %9s %16s %9s%n", t.label(),
                    compare(java.math.BigDecimal.valueOf(t.workers()), published.get("payroll:" + t.label() + ".workers"), compared),
                    compare(t.gross(), published.get("payroll:" + t.label() + ".gross"), compared),
                    compare(java.math.BigDecimal.valueOf(t.days()), published.get("payroll:" + t.label() + ".days"), compared));
        }
        for (var st : payroll.byStructure(year)) {
            out.printf("  %-24s %9s workers %9s days%n", st.label(),
                    compare(java.math.BigDecimal.valueOf(st.workers()), published.get("payroll:" + st.structure() + ".workers"), compared),
                    compare(java.math.BigDecimal.valueOf(st.days()), published.get("payroll:" + st.structure() + ".days"), compared));
        }
        out.println("invoiced in " + year + " (credit notes deducted):");
        jdbc.query("""
                select t.source, t.line, count(i.invoice_id) filter (where i.kind = 'INVOICE'),
                       count(i.invoice_id) filter (where i.kind = 'CREDIT_NOTE'), coalesce(sum(i.amount_excl_vat), 0),
                       coalesce(sum(i.vat_amount), 0)
                  from (values ('ACTIVITY', 'activities'), ('CONTRACT', 'contracts')) t(source, line)
                  left join invoice i on i.source_type = t.source
                                     and i.issue_date between make_date(?, 1, 1) and make_date(?, 12, 31)
                 group by t.source, t.line order by 1""", rs -> {
            out.printf("  %-9s %7d invoices %5d credit notes, turnover %16s, VAT %s%n", rs.getString(1), rs.getLong(3),
                    rs.getLong(4), compare(rs.getBigDecimal(5), published.get("turnover:" + rs.getString(2)), compared),
                    rs.getBigDecimal(6));
        }, year, year);
        jdbc.query("""
                select count(*), count(*) filter (where p.status = 'MATCHED'), count(*) filter (where p.status = 'PARTIAL'),
                       count(*) filter (where p.status = 'SUSPENSE'),
                       round(sum(p.applied_amount * (p.paid_on - i.issue_date)) / nullif(sum(p.applied_amount), 0), 1)
                  from payment p left join invoice i on i.invoice_id = p.invoice_id
                 where p.paid_on between make_date(?, 1, 1) and make_date(?, 12, 31)""", rs -> {
            out.printf("payments: %d statement lines = %d matched + %d partial + %d suspense; average client payment"
                            + " delay %s days (report: %s)%n", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getBigDecimal(5), year == 2017 ? "45" : "-");
        }, year, year);
        jdbc.query("""
                select kind, count(*), count(*) filter (where late) from dimona_declaration
                 where created_on between make_date(?, 1, 1) and make_date(?, 12, 31) group by kind order by kind""",
                rs -> {
                    out.printf("DIMONA %-6s %7d declarations, %d late%n", rs.getString(1), rs.getLong(2), rs.getLong(3));
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
