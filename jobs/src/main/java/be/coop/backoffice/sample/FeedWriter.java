package be.coop.backoffice.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the numbered plan as {@code inbox/YYYY-MM-DD/<feed>.csv} in the formats of
 * {@code docs/feeds.md}: UTF-8 without byte-order mark, {@code ;} delimiter, one header row, ISO
 * dates, amounts with two decimals and a dot, {@code \n} line ends. A feed with no row on a day
 * gets no file ("nothing of that kind today") and a day with no row at all gets no folder.
 * Within a file, rows follow their identifiers; cancellation rows come after the day's new rows.
 */
final class FeedWriter {

    enum Feed {
        MEMBERS("members.csv", "member_id", "niss", "last_name", "first_name", "birth_date", "iban", "office", "team",
                "withholding_rate"),
        CLIENTS("clients.csv", "client_id", "name", "kind", "country", "enterprise_number", "vat_number", "iban",
                "payment_terms_days"),
        ACTIVITIES("activities.csv", "activity_id", "member_id", "name", "structure", "office", "opened_on"),
        CONTRACTS("contracts.csv", "contract_id", "member_id", "niss", "structure", "contract_type", "joint_committee",
                "start_date", "end_date", "days_worked", "hours_worked", "gross_amount", "activity_id", "client_id",
                "office", "courier", "status"),
        SALES("sales.csv", "sale_id", "activity_id", "contract_id", "client_id", "amount_excl_vat", "vat_regime",
                "sale_date", "fee_exempt", "description", "status"),
        EXPENSES("expenses.csv", "expense_id", "activity_id", "expense_date", "amount", "category", "description"),
        LEASING("leasing.csv", "leasing_id", "activity_id", "asset_category", "price", "annual_rate", "duration_months",
                "start_date"),
        ACCIDENTS("accidents.csv", "accident_id", "member_id", "contract_id", "accident_date", "declared_on", "kind",
                "lost_days", "courier");

        final String fileName;
        final String[] columns;

        Feed(String fileName, String... columns) {
            this.fileName = fileName;
            this.columns = columns;
        }
    }

    record Written(int dayFolders, int files, Map<String, Integer> rowsPerFeed) {
    }

    private final int year;
    private final int daysInYear;
    private final List<List<List<String[]>>> rows = new ArrayList<>();
    private final String[] dates;

    FeedWriter(int year, int daysInYear) {
        this.year = year;
        this.daysInYear = daysInYear;
        this.dates = new String[daysInYear];
        for (int d = 0; d < daysInYear; d++) {
            dates[d] = LocalDate.ofYearDay(year, d + 1).toString();
        }
        for (int f = 0; f < Feed.values().length; f++) {
            List<List<String[]>> byDay = new ArrayList<>(daysInYear);
            for (int d = 0; d < daysInYear; d++) {
                byDay.add(null);
            }
            rows.add(byDay);
        }
    }

    Written write(YearPlan plan, Path inbox) {
        collect(plan);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int folders = 0;
        int files = 0;
        for (Feed feed : Feed.values()) {
            counts.put(feed.fileName, 0);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get();
        StringBuilder text = new StringBuilder(1 << 20);
        try {
            for (int d = 0; d < daysInYear; d++) {
                Path folder = null;
                for (Feed feed : Feed.values()) {
                    List<String[]> dayRows = rows.get(feed.ordinal()).get(d);
                    if (dayRows == null || dayRows.isEmpty()) {
                        continue;
                    }
                    if (folder == null) {
                        folder = Files.createDirectories(inbox.resolve(dates[d]));
                        folders++;
                    }
                    text.setLength(0);
                    try (CSVPrinter printer = new CSVPrinter(text, format)) {
                        printer.printRecord((Object[]) feed.columns);
                        for (String[] row : dayRows) {
                            printer.printRecord((Object[]) row);
                        }
                    }
                    Files.writeString(folder.resolve(feed.fileName), text, StandardCharsets.UTF_8);
                    files++;
                    counts.merge(feed.fileName, dayRows.size(), Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample year under " + inbox, e);
        }
        return new Written(folders, files, counts);
    }

    private void collect(YearPlan plan) {
        List<Worker> members = new ArrayList<>(plan.workers());
        members.sort(Comparator.comparing(w -> w.id == null ? "~" : w.id));
        for (Worker w : members) {
            if (w.id != null) {
                add(Feed.MEMBERS, w.firstNeeded, w.id, w.niss, w.lastName, w.firstName, w.birthDate.toString(), w.iban,
                        w.office.name(), w.team, w.withholdingRate);
            }
        }
        List<PlannedClient> clients = new ArrayList<>(plan.clients());
        clients.sort(Comparator.comparing(c -> c.id == null ? "~" : c.id));
        for (PlannedClient c : clients) {
            if (c.id != null) {
                add(Feed.CLIENTS, c.firstNeeded, c.id, c.name, c.kind.name(), c.country, orEmpty(c.enterpriseNumber),
                        orEmpty(c.vatNumber), orEmpty(c.iban), Integer.toString(c.paymentTermsDays));
            }
        }
        List<PlannedActivity> activities = new ArrayList<>(plan.activities());
        activities.sort(Comparator.comparing(a -> a.id == null ? "~" : a.id));
        for (PlannedActivity a : activities) {
            if (a.id != null) {
                add(Feed.ACTIVITIES, a.firstNeeded, a.id, a.owner.id, a.name, a.structure.name(), a.office().name(),
                        a.openedOn.toString());
            }
        }
        List<PlannedContract> contracts = new ArrayList<>(plan.contracts());
        contracts.sort(Comparator.comparing(c -> c.id));
        for (PlannedContract c : contracts) {
            add(Feed.CONTRACTS, c.encoded, contractRow(c, "ACTIVE"));
        }
        for (PlannedContract c : contracts) {
            if (c.isCancelled()) {
                add(Feed.CONTRACTS, c.cancelledOn, contractRow(c, "CANCELLED"));
            }
        }
        List<PlannedSale> sales = new ArrayList<>(plan.sales());
        sales.sort(Comparator.comparing(s -> s.id));
        for (PlannedSale s : sales) {
            add(Feed.SALES, s.day, saleRow(s, "ACTIVE"));
        }
        for (PlannedSale s : sales) {
            if (s.isCancelled()) {
                add(Feed.SALES, s.cancelledOn, saleRow(s, "CANCELLED"));
            }
        }
        int yy = year % 100;
        int n = 0;
        for (SideFeeds.Expense e : plan.expenses()) {
            add(Feed.EXPENSES, e.day(), Numbering.id("EX", yy, ++n, 6), e.activity().id, date(e.day()),
                    money(e.amountCents()), e.category(), e.description());
        }
        n = 0;
        for (SideFeeds.Leasing l : plan.leasings()) {
            add(Feed.LEASING, l.day(), Numbering.id("LS", yy, ++n, 4), l.activity().id, l.assetCategory(),
                    money(l.priceCents()), l.annualRate(), Integer.toString(l.durationMonths()), date(l.day()));
        }
        n = 0;
        for (SideFeeds.Accident a : plan.accidents()) {
            add(Feed.ACCIDENTS, a.declaredOn(), Numbering.id("AC", yy, ++n, 4), a.worker().id, a.contract().id,
                    date(a.day()), date(a.declaredOn()), a.kind(), Integer.toString(a.lostDays()),
                    Boolean.toString(a.courier()));
        }
    }

    private String[] contractRow(PlannedContract c, String status) {
        return new String[]{c.id, c.worker.id, c.worker.niss, c.cell.structure.name(), c.cell.type.name(),
                Integer.toString(c.cell.type.jointCommittee), date(c.start), date(c.end),
                Integer.toString(c.daysWorked), money(c.hundredthHours), money(c.grossCents),
                c.activity == null ? "" : c.activity.id, c.client == null ? "" : c.client.id,
                c.worker.office.name(), Boolean.toString(c.courier), status};
    }

    private String[] saleRow(PlannedSale s, String status) {
        return new String[]{s.id, s.activity == null ? "" : s.activity.id, s.contract == null ? "" : s.contract.id,
                s.client.id, money(s.amountCents), s.vat.name(), date(s.day), Boolean.toString(s.feeExempt),
                s.description, status};
    }

    private void add(Feed feed, int day, String... values) {
        List<List<String[]>> byDay = rows.get(feed.ordinal());
        List<String[]> list = byDay.get(day);
        if (list == null) {
            list = new ArrayList<>();
            byDay.set(day, list);
        }
        list.add(values);
    }

    private String date(int day) {
        return dates[day];
    }

    /** Cents (or hundredths of an hour) as a plain decimal with two decimals: {@code 1234.50}. */
    static String money(long hundredths) {
        long abs = Math.abs(hundredths);
        long cents = abs % 100;
        return (hundredths < 0 ? "-" : "") + (abs / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
