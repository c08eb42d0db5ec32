package be.coop.backoffice.imports;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code importFeedsJob}: reads the business date's inbox folder, one step per feed in
 * {@link Feed#ALL} order, then writes the day's rejects file. Runs first in the nightly chain, and
 * alone with the same parameters ({@code businessDate}, {@code inbox}, {@code outbox}).
 */
@Configuration
public class ImportFeedsJobConfiguration {

    @Bean
    public Job importFeedsJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              JdbcTemplate jdbcTemplate) {
        SimpleJobBuilder job = null;
        for (Feed<?> feed : Feed.ALL) {
            Step step = FeedImportStep.build(feed, jobRepository, transactionManager, jdbcTemplate);
            job = job == null ? new JobBuilder("importFeedsJob", jobRepository).start(step) : job.next(step);
        }
        return job.next(writeRejectsFileStep(jobRepository, transactionManager, jdbcTemplate)).build();
    }

    private Step writeRejectsFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                      JdbcTemplate jdbcTemplate) {
        return new StepBuilder("writeRejectsFileStep", jobRepository)
                .tasklet(new RejectsFileTasklet(jdbcTemplate), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
