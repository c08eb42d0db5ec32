package be.coop.backoffice.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.benchmark.BenchmarkYear;
import be.coop.backoffice.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Two invoicing runs at once over the same sales, each in an application context of its own as two
 * processes would be (two business dates, so two job instances, as a manual run beside the nightly
 * chain would be): the second waits at the invoicing lock until the first has issued everything
 * it reads, then reads only what is left; every sale is invoiced once and the numbers stay gapless.
 * (Within one context a job's steps are singletons and one job runs at a time, as the command line
 * does.)
 */
class InvoicingConcurrencyTest {

    private static final int SALES = 3_000;

    @TempDir
    Path outbox;

    /**
     * One "process". Its job repository creates executions in READ COMMITTED (application.yml: under
     * Spring Batch's SERIALIZABLE, two executions created at once can fail PostgreSQL's serialization
     * check in the repository's own tables), so two runs of the same job can start together here,
     * which the command line never does (JobRunner's lock): the point is the business tables.
     */
    private static ConfigurableApplicationContext process(String url) {
        return new SpringApplicationBuilder(BackofficeApplication.class).logStartupInfo(false).run(
                "--backoffice.db.url=" + url, "--backoffice.db.user=postgres",
                "--backoffice.invoicing.chunk-size=50");
    }

    private CompletableFuture<JobExecution> launch(ConfigurableApplicationContext context, LocalDate date) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return context.getBean(JobOperator.class).start(context.getBean("invoicingJob", Job.class),
                        new JobParametersBuilder()
                                .addLocalDate(NightlyParameters.BUSINESS_DATE, date)
                                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                                .toJobParameters());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void twoRunsAtOnceInvoiceEverySaleOnceWithGaplessNumbers() throws Exception {
        String url = TestDatabase.newDatabase("invoicing_concurrency");
        try (ConfigurableApplicationContext one = process(url); ConfigurableApplicationContext two = process(url)) {
            JdbcTemplate jdbc = one.getBean(JdbcTemplate.class);
            new BenchmarkYear(2017, SALES).insert(new NamedParameterJdbcTemplate(jdbc));

            // the second starts once the first has committed a chunk, so both work the same backlog
            // (launching both at the same instant only races in the job repository's bookkeeping)
            CompletableFuture<JobExecution> first = launch(one, LocalDate.of(2017, 12, 30));
            while (jdbc.queryForObject("select count(*) from invoice", Integer.class) == 0 && !first.isDone()) {
                Thread.sleep(5);
            }
            List<CompletableFuture<JobExecution>> runs = List.of(first, launch(two, LocalDate.of(2017, 12, 31)));

            List<StepExecution> issued = new ArrayList<>();
            for (CompletableFuture<JobExecution> run : runs) {
                JobExecution execution = run.get(5, TimeUnit.MINUTES);
                assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
                issued.add(execution.getStepExecutions().stream()
                        .filter(s -> s.getStepName().equals("issueDocumentsStep")).findFirst().orElseThrow());
            }
            assertThat(issued.get(1).getStartTime()).as("the second run started while the first was issuing")
                    .isBefore(issued.get(0).getEndTime());
            // the second read only the sales the first one's business date did not reach: it waited
            assertThat(issued.get(1).getReadCount()).isEqualTo(jdbc.queryForObject(
                    "select count(*) from sale where imported_on > '2017-12-30'", Long.class));
            assertThat(issued.get(0).getReadCount() + issued.get(1).getReadCount()).isEqualTo(SALES);
            assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class)).isEqualTo(SALES);
            assertThat(jdbc.queryForObject("select count(distinct sale_id) from invoice_line", Integer.class))
                    .isEqualTo(SALES);
            assertThat(jdbc.queryForList("""
                    select structure_code from invoice group by structure_code, year
                    having count(*) <> max(number_in_year) or count(distinct number_in_year) <> count(*)""",
                    String.class)).isEmpty();
            assertThat(jdbc.queryForObject("select sum(last_number) from invoice_number_counter", Integer.class))
                    .isEqualTo(SALES);
        }
    }
}
