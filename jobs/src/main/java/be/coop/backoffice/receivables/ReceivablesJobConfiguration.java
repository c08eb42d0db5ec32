package be.coop.backoffice.receivables;

import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code receivablesJob}: in the nightly chain after the payments, what the clients owe at the end
 * of the business date, aged by due date ({@code outbox/D/aged-receivables.csv}), with the
 * unapplied cash and the year's average payment delay in its summary. One step,
 * {@code writeAgedReceivablesStep}, that only reads: it runs again whenever the job does.
 */
@Configuration
public class ReceivablesJobConfiguration {

    public static final String JOB_NAME = "receivablesJob";

    @Bean
    public Job receivablesJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              DataSource dataSource) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(new StepBuilder("writeAgedReceivablesStep", jobRepository)
                        .tasklet(new AgedReceivablesTasklet(new NamedParameterJdbcTemplate(streaming)), transactionManager)
                        .allowStartIfComplete(true)
                        .build())
                .build();
    }
}
