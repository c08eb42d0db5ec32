package be.coop.backoffice.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.nightly.NightlyJobConfiguration;
import be.coop.backoffice.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One run of a job and of the jobs it chains at a time, whichever process asks. */
@SpringBootTest(classes = BackofficeApplication.class)
class JobRunnerTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "job_runner");
    }

    @TempDir
    Path dir;

    @Autowired
    JobRunner runner;
    @Autowired
    Job nightlyJob;
    @Autowired
    DataSource dataSource;

    private JobParameters night(String date) {
        return new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, LocalDate.parse(date))
                .addString(NightlyParameters.INBOX, dir.resolve("inbox").toString(), false)
                .addString(NightlyParameters.OUTBOX, dir.resolve("outbox").toString(), false)
                .toJobParameters();
    }

    @Test
    void aChainedJobRunningElsewhereKeepsTheChainFromStartingAndLeavesNoLockBehind() throws Exception {
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            s.execute("select pg_advisory_lock(hashtext('backoffice-job:importFeedsJob'))");

            assertThatThrownBy(() -> runner.run(nightlyJob, night("2017-02-01"), NightlyJobConfiguration.CHAINED_JOBS))
                    .isInstanceOf(JobRunner.JobAlreadyRunningException.class)
                    .hasMessage("importFeedsJob is running in another process; wait for it to end");

            s.execute("select pg_advisory_unlock(hashtext('backoffice-job:importFeedsJob'))");
        }
        assertThat(runner.run(nightlyJob, night("2017-02-01"), NightlyJobConfiguration.CHAINED_JOBS).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("advisory locks still held").isZero();
        }
    }
}
