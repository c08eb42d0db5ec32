package be.coop.backoffice.dimona;

import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.config.ConfigFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.ToIntBiFunction;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code dimonaJob}: the DIMONA declarations of one business date; runs in the nightly chain after
 * the feed import (so the day's new, amended and cancelled contracts are known), and alone with the
 * same parameters ({@code businessDate}, {@code inbox}, {@code outbox}). Four steps, each in one
 * transaction and each safe to run again:
 * <ol>
 *   <li>{@code readDimonaAcksStep}: {@code inbox/<date>/dimona-acks.csv} → states and period ids of
 *       {@code dimona_declaration}, unusable lines to {@code dimona_ack_problem};</li>
 *   <li>{@code prepareDimonaDeclarationsStep}: {@code contract}, {@code member} → new {@code TO_SEND}
 *       declarations (In for contracts starting up to the next business day, Update, Cancel);</li>
 *   <li>{@code writeDimonaFileStep}: → {@code outbox/<date>/dimona.xml} (employers of
 *       {@code config/dimona-employers.csv}), declarations marked {@code SENT};</li>
 *   <li>{@code writeDimonaReportStep}: → {@code outbox/<date>/dimona-report.csv}.</li>
 * </ol>
 */
@Configuration
public class DimonaJobConfiguration {

    public static final String JOB_NAME = "dimonaJob";

    @Bean
    public DimonaEmployers dimonaEmployers(@Value("${" + ConfigFolder.PROPERTY + ":}") String configDir) {
        return DimonaEmployers.load(ConfigFolder.locate(configDir).resolve("dimona-employers.csv"));
    }

    @Bean
    public Job dimonaJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         JdbcTemplate jdbcTemplate, DimonaEmployers dimonaEmployers) {
        DimonaAcks acks = new DimonaAcks(jdbcTemplate);
        DimonaPreparation preparation = new DimonaPreparation(jdbcTemplate);
        DimonaFileWriter file = new DimonaFileWriter(jdbcTemplate, dimonaEmployers);
        DimonaReport report = new DimonaReport(jdbcTemplate);
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(step("readDimonaAcksStep", jobRepository, transactionManager,
                        (date, folders) -> acks.apply(date, folders.inbox())))
                .next(step("prepareDimonaDeclarationsStep", jobRepository, transactionManager,
                        (date, folders) -> preparation.prepare(date)))
                .next(step("writeDimonaFileStep", jobRepository, transactionManager,
                        (date, folders) -> file.write(date, folders.outbox())))
                .next(step("writeDimonaReportStep", jobRepository, transactionManager,
                        (date, folders) -> report.write(date, folders.outbox())))
                .build();
    }

    /** The inbox and outbox roots of the run. */
    record Folders(Path inbox, Path outbox) {
    }

    /** A tasklet step running {@code work} once for the business date; its result is the write count. */
    private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             ToIntBiFunction<LocalDate, Folders> work) {
        Tasklet tasklet = (contribution, chunkContext) -> {
            var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
            String inbox = parameters.getString(NightlyParameters.INBOX);
            Folders folders = new Folders(inbox == null ? null : Path.of(inbox),
                    Path.of(parameters.getString(NightlyParameters.OUTBOX)));
            contribution.incrementWriteCount(work.applyAsInt(parameters.getLocalDate(NightlyParameters.BUSINESS_DATE),
                    folders));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
