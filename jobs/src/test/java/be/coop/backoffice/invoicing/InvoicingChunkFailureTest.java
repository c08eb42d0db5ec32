package be.coop.backoffice.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.benchmark.BenchmarkYear;
import be.coop.backoffice.common.io.SqlResource;
import be.coop.backoffice.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A chunk that fails while the next one is already being written: the run fails, the chunks
 * before it stay, nothing of it or after it is committed (the next chunk must not commit numbers
 * that follow a failed chunk's), and the run restarted once the cause is gone issues the rest
 * with no gap, every sale with the number an uninterrupted run gives it (numbers follow the
 * reading order). Two chunks insert at once, so invoice ids, drawn by both, are not in that order.
 */
class InvoicingChunkFailureTest {

    private static final int SALES = 3_000;
    private static final int CHUNK = 50;
    /** The failing item's place in the reading order: in the eleventh chunk. */
    private static final int FAILING_ITEM = 520;
    private static final LocalDate DATE = LocalDate.of(2017, 12, 31);

    @TempDir
    Path outbox;

    @Test
    void theChunksAfterAFailedChunkAreNotCommittedAndTheRestartFillsTheRestWithoutGap() throws Exception {
        String url = TestDatabase.newDatabase("invoicing_chunk_failure");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BackofficeApplication.class)
                .logStartupInfo(false).run("--backoffice.db.url=" + url, "--backoffice.db.user=postgres",
                        "--backoffice.invoicing.chunk-size=" + CHUNK)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            new BenchmarkYear(2017, SALES).insert(new NamedParameterJdbcTemplate(jdbc));
            List<String> order = jdbc.query(SqlResource.load(IssueDocumentsStep.class, "billable-items.sql"),
                    (rs, i) -> rs.getString("sale_id"), DATE, DATE);
            assertThat(order).hasSize(SALES);
            jdbc.execute("""
                    create function refuse_one_sale() returns trigger language plpgsql as $$
                    begin
                        if exists (select 1 from new_rows where sale_id = '%s') then
                            raise exception 'sale %s cannot be invoiced today';
                        end if;
                        return null;
                    end $$""".formatted(order.get(FAILING_ITEM), order.get(FAILING_ITEM)));
            jdbc.execute("create trigger refuse_one_sale after insert on invoice_line referencing new table as new_rows"
                    + " for each statement execute function refuse_one_sale()");

            JobExecution failed = run(context);

            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(causes(failed.getAllFailureExceptions().get(0))).contains("cannot be invoiced today");
            int committed = FAILING_ITEM / CHUNK * CHUNK;
            assertThat(documentsInNumberOrder(jdbc)).isEqualTo(order.subList(0, committed));
            assertGapless(jdbc, committed);

            jdbc.execute("drop trigger refuse_one_sale on invoice_line");
            JobExecution restarted = context.getBean(JobOperator.class).restart(failed);

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(documentsInNumberOrder(jdbc)).isEqualTo(order);
            assertGapless(jdbc, SALES);
        }
    }

    private JobExecution run(ConfigurableApplicationContext context) throws Exception {
        return context.getBean(JobOperator.class).start(context.getBean(InvoicingJobConfiguration.JOB_NAME, Job.class),
                new JobParametersBuilder()
                        .addLocalDate(NightlyParameters.BUSINESS_DATE, DATE)
                        .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                        .toJobParameters());
    }

    /** The invoiced sales by structure and number, which is the reading order when nothing went wrong. */
    private static List<String> documentsInNumberOrder(JdbcTemplate jdbc) {
        return jdbc.queryForList("select l.sale_id from invoice_line l join invoice i using (invoice_id)"
                + " order by i.structure_code collate \"C\", i.number_in_year", String.class);
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    /** {@code documents} invoices, numbered 1..n in each structure, the counters at n. */
    private static void assertGapless(JdbcTemplate jdbc, int documents) {
        assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class)).isEqualTo(documents);
        assertThat(jdbc.queryForList("""
                select structure_code from invoice group by structure_code
                having count(*) <> max(number_in_year) or count(distinct number_in_year) <> count(*)""", String.class))
                .isEmpty();
        assertThat(jdbc.queryForList("""
                select c.structure_code from invoice_number_counter c
                 where c.last_number <> (select count(*) from invoice i where i.structure_code = c.structure_code
                                                                         and i.year = c.year)""", String.class))
                .isEmpty();
    }
}
