package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.config.ConfigFolder;
import be.coop.backoffice.payroll.Entities;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code invoicingJob}: runs in the nightly chain right after the feed import, for the chain's
 * business date (identifying parameter {@code businessDate}; plain parameter {@code outbox}), and
 * alone with the same parameters.
 * <ul>
 * <li>reads the {@code sale} rows to invoice (ACTIVE, imported up to the business date, without an
 *     invoice line) and to credit (CANCELLED up to the business date, invoiced, not yet credited),
 *     with their client, structure and credited invoice;</li>
 * <li>writes {@code invoice} rows (with their mutualised fee) numbered from
 *     {@code invoice_number_counter}, their {@code invoice_line}, {@code activity_ledger_entry}
 *     (TURNOVER, MUTUALISED_FEE) for Activity sales, the credited invoices' CREDITED status and
 *     {@code invoicing_reject};</li>
 * <li>then writes {@code outbox/YYYY-MM-DD/invoices.csv} (and {@code invoicing-rejects.csv} when a
 *     sale was refused) from the database.</li>
 * </ul>
 * The mutualised fee rate is the {@code BE} entity's {@code fee_rate} in {@code config/entities.csv}
 * ({@code backoffice.config-dir}); the chunk size is {@code backoffice.invoicing.chunk-size}.
 * Killed at any point and run again, it issues the same documents with the same numbers.
 */
@Configuration
public class InvoicingJobConfiguration {

    public static final String JOB_NAME = "invoicingJob";
    /** The entity of {@code config/entities.csv} whose fee rate applies to the cooperative's invoices. */
    static final String FEE_ENTITY = "BE";

    private static final Logger log = LoggerFactory.getLogger(InvoicingJobConfiguration.class);

    @Bean
    public Job invoicingJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            DataSource dataSource,
                            @Value("${" + ConfigFolder.PROPERTY + ":}") String configDir,
                            @Value("${backoffice.invoicing.chunk-size:2000}") int chunkSize) {
        RegisterJournals registers = new RegisterJournals();
        Step issue = IssueDocumentsStep.build(jobRepository, transactionManager, dataSource, registers,
                feeFromConfig(configDir), chunkSize);
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(issue)
                .next(writeInvoiceRegisterStep(jobRepository, transactionManager, dataSource, registers))
                .build();
    }

    private static Step writeInvoiceRegisterStep(JobRepository jobRepository,
                                                 PlatformTransactionManager transactionManager, DataSource dataSource,
                                                 RegisterJournals registers) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        return new StepBuilder("writeInvoiceRegisterStep", jobRepository)
                .tasklet(new InvoiceRegisterTasklet(streaming, registers), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    /** Read when the step starts, so a context that never invoices needs no config folder. */
    private static Supplier<MutualisedFee> feeFromConfig(String configDir) {
        return () -> {
            Path file = ConfigFolder.locate(configDir).resolve("entities.csv");
            MutualisedFee fee = new MutualisedFee(Entities.load(file).get(FEE_ENTITY).feeRate());
            log.debug("mutualised fee rate {} from {}", fee.rate(), file);
            return fee;
        };
    }
}
