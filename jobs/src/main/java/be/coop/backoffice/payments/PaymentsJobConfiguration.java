package be.coop.backoffice.payments;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code paymentsJob}: imports the business date's bank statements and matches their lines to
 * invoices. Runs in the nightly chain after invoicing (so the day's invoices can be paid), and alone
 * with the same parameters ({@code businessDate} identifying, {@code inbox}, {@code outbox}).
 *
 * <ol>
 *   <li>{@code importStatementsStep}: reads {@code inbox/YYYY-MM-DD/*.cod} (CODA 2.x) and
 *       {@code *.xml} (camt.053) one file per transaction: checked statements to
 *       {@code bank_statement}/{@code bank_statement_line}, one {@code payment} row per line (matched,
 *       partial or suspense, see {@link PaymentMatcher}), invoices paid; refused files and duplicate
 *       statements to {@code bank_statement_reject}. Restartable at any point: a file's
 *       {@code bank_statement_file} row commits with its data, and files with a row are passed over.</li>
 *   <li>{@code writePaymentsReportStep}: checks statement lines = payment rows for the day, then writes
 *       {@code outbox/YYYY-MM-DD/payments.csv} and {@code statement-rejects.csv} from the database (run
 *       again on every restart, same content).</li>
 * </ol>
 */
@Configuration
public class PaymentsJobConfiguration {

    public static final String JOB_NAME = "paymentsJob";

    @Bean
    public Job paymentsJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           JdbcTemplate jdbcTemplate) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(importStatementsStep(jobRepository, transactionManager, jdbcTemplate))
                .next(writePaymentsReportStep(jobRepository, transactionManager, jdbcTemplate))
                .build();
    }

    private static Step importStatementsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                             JdbcTemplate jdbcTemplate) {
        ImportStatementsTasklet tasklet = new ImportStatementsTasklet(jdbcTemplate);
        return new StepBuilder("importStatementsStep", jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener(tasklet)
                .build();
    }

    private static Step writePaymentsReportStep(JobRepository jobRepository,
                                                PlatformTransactionManager transactionManager, JdbcTemplate jdbcTemplate) {
        return new StepBuilder("writePaymentsReportStep", jobRepository)
                .tasklet(new PaymentsReportTasklet(jdbcTemplate), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
