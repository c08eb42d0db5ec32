package be.coop.backoffice.receivables;

import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.io.CsvFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = AgedReceivablesTasklet.class.getResourceAsStream("open-items.sql")) {
            this.openItems = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        AgedBalance total = new AgedBalance(asOf);
        int[] clients = {0};
        CsvFile.write(file, HEADER, csv -> {
            String[] client = {null, null};
            AgedBalance[] balance = {null};
            Runnable flush = () -> {
                if (balance[0] != null) {
                    csv.row(row(client[0], client[1], balance[0]));
                    total.add(balance[0]);
                    clients[0]++;
                }
            };
            jdbc.query(openItems, asOfParameter, rs -> {
                String clientId = rs.getString("client_id");
                if (!clientId.equals(client[0])) {
                    flush.run();
                    client[0] = clientId;
                    client[1] = rs.getString("client_name");
                    balance[0] = new AgedBalance(asOf);
                }
                balance[0].add(new Money(rs.getBigDecimal("open_amount")), rs.getObject("due_date", LocalDate.class));
            });
            flush.run();
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
        return new Summary(clients[0], total, unapplied, delay);
    }

    private static Object[] row(String clientId, String clientName, AgedBalance b) {
        return new Object[] {clientId, clientName, b.openInvoices(), b.amount(AgeBucket.NOT_DUE),
                b.amount(AgeBucket.OVERDUE_1_30), b.amount(AgeBucket.OVERDUE_31_60), b.amount(AgeBucket.OVERDUE_61_90),
                b.amount(AgeBucket.OVERDUE_OVER_90), b.total(), b.oldestDueDate()};
    }
}
