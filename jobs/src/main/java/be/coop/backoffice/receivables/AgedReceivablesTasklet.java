package be.coop.backoffice.receivables;

import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.io.CsvFile;
import be.coop.backoffice.common.io.SqlResource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes {@code outbox/D/aged-receivables.csv}: one row per client owing something at the end of
 * business date D, its open invoices added up by {@link AgeBucket}, in client order; and puts the
 * totals, the unapplied cash and the year's average payment delay in the step's exit description.
 * It only reads, as the books stood on D ({@code open-items.sql}), so running it again for a date
 * writes the same file.
 */
final class AgedReceivablesTasklet implements Tasklet {

    static final String FILE = "aged-receivables.csv";
    static final String[] HEADER = {"client_id", "client_name", "open_invoices", "not_due", "overdue_1_30",
            "overdue_31_60", "overdue_61_90", "overdue_over_90", "total_open", "oldest_due_date"};
    private static final Logger log = LoggerFactory.getLogger(AgedReceivablesTasklet.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final String openItems;

    /** @param jdbc with a fetch size, so the open items stream */
    AgedReceivablesTasklet(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.openItems = SqlResource.load(AgedReceivablesTasklet.class, "open-items.sql");
    }

    /** What the night reports besides the file. */
    record Summary(int clients, AgedBalance total, Money unappliedCash, BigDecimal averagePaymentDelay) {

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("%d open invoices of %d clients, %s owed (".formatted(
                    total.openInvoices(), clients, total.total()));
            List<String> columns = new ArrayList<>();
            for (AgeBucket bucket : AgeBucket.values()) {
                columns.add(bucket.column() + " " + total.amount(bucket));
            }
            return s.append(String.join(", ", columns)).append("); unapplied cash ").append(unappliedCash)
                    .append("; average payment delay this year ")
                    .append(averagePaymentDelay == null ? "-" : averagePaymentDelay + " days").toString();
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        LocalDate asOf = parameters.getLocalDate(NightlyParameters.BUSINESS_DATE);
        Path folder = NightlyParameters.dayFolder(Path.of(parameters.getString(NightlyParameters.OUTBOX)), asOf);
        Summary summary = write(asOf, folder.resolve(FILE));
        contribution.incrementWriteCount(summary.clients());
        log.info("{} receivables: {}", asOf, summary);
        contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(FILE + ": " + summary));
        return RepeatStatus.FINISHED;
    }

    Summary write(LocalDate asOf, Path file) {
        Map<String, Object> asOfParameter = Map.of("asOf", asOf);
        ClientRows rows = new ClientRows(asOf);
        CsvFile.write(file, HEADER, csv -> {
            jdbc.query(openItems, asOfParameter, rs -> {
                rows.add(csv, rs.getString("client_id"), rs.getString("client_name"),
                        new Money(rs.getBigDecimal("open_amount")), rs.getObject("due_date", LocalDate.class));
            });
            rows.flush(csv);
        });
        Money unapplied = new Money(jdbc.queryForObject("""
                select coalesce(sum(suspense_amount), 0) from payment
                 where suspense_amount <> 0 and business_date <= :asOf
                   and (resolved_on is null or resolved_on > :asOf)""", asOfParameter, BigDecimal.class));
        BigDecimal delay = jdbc.queryForObject("""
                select round(sum(p.applied_amount * (p.paid_on - i.issue_date)) / nullif(sum(p.applied_amount), 0), 1)
                  from payment p join invoice i on i.invoice_id = p.invoice_id
                 where p.applied_amount <> 0 and p.business_date <= :asOf
                   and p.paid_on between make_date(extract(year from cast(:asOf as date))::int, 1, 1) and :asOf""",
                asOfParameter, BigDecimal.class);
        return new Summary(rows.clients, rows.total, unapplied, delay);
    }

    /** Adds up the open items, which arrive in client order, and writes a client's row when the next begins. */
    private static final class ClientRows {

        private final LocalDate asOf;
        private final AgedBalance total;
        private String clientId;
        private String clientName;
        private AgedBalance balance;
        private int clients;

        ClientRows(LocalDate asOf) {
            this.asOf = asOf;
            this.total = new AgedBalance(asOf);
        }

        void add(CsvFile.Rows csv, String client, String name, Money openAmount, LocalDate dueDate) {
            if (!client.equals(clientId)) {
                flush(csv);
                clientId = client;
                clientName = name;
                balance = new AgedBalance(asOf);
            }
            balance.add(openAmount, dueDate);
        }

        void flush(CsvFile.Rows csv) {
            if (balance == null) {
                return;
            }
            csv.row(clientId, clientName, balance.openInvoices(), balance.amount(AgeBucket.NOT_DUE),
                    balance.amount(AgeBucket.OVERDUE_1_30), balance.amount(AgeBucket.OVERDUE_31_60),
                    balance.amount(AgeBucket.OVERDUE_61_90), balance.amount(AgeBucket.OVERDUE_OVER_90), balance.total(),
                    balance.oldestDueDate());
            total.add(balance);
            clients++;
            balance = null;
        }
    }
}
