package be.coop.backoffice.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or restarts its failed instance, under PostgreSQL advisory locks named after the
 * job and the jobs it chains, held on a connection of its own for the whole run.
 *
 * <p>The lock is what tells a live run from a dead one: the job repository alone cannot, since a
 * run killed with {@code kill -9} leaves its executions STARTED forever. Holding the lock, any
 * execution still marked running for this job or the jobs it chains is the leftover of a process
 * that died; it is recovered (marked FAILED, step positions kept) and the instance restarts where
 * it stopped.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final DataSource dataSource;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, DataSource dataSource) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code job} with {@code parameters}.
     *
     * @param chainedJobNames the jobs {@code job} runs as steps, whose leftovers are recovered too
     * @throws JobInstanceAlreadyCompleteException when these parameters already completed
     * @throws JobAlreadyRunningException when another process runs this job now
     */
    public JobExecution run(Job job, JobParameters parameters, List<String> chainedJobNames)
            throws JobInstanceAlreadyCompleteException, JobRestartException, InvalidJobParametersException {
        List<String> locked = new java.util.ArrayList<>();
        try (Connection lockConnection = dataSource.getConnection()) {
            try {
                // the chain's jobs too: a job run alone must not overlap the same job inside the chain
                for (String name : concat(job.getName(), chainedJobNames)) {
                    if (!tryLock(lockConnection, name)) {
                        throw new JobAlreadyRunningException(name);
                    }
                    locked.add(name);
                }
                recoverDeadExecutions(job.getName());
                for (String chained : chainedJobNames) {
                    recoverDeadExecutions(chained);
                }
                return jobOperator.start(job, parameters);
            } catch (JobExecutionAlreadyRunningException e) {
                throw new JobAlreadyRunningException(job.getName());
            } finally {
                // session locks outlive the borrow: release every one before the pool takes the connection back
                for (String name : locked) {
                    unlock(lockConnection, name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the run lock of " + job.getName(), e);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private void recoverDeadExecutions(String jobName) {
        for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
            log.warn("{} execution {} (business date {}) was left {} by a run that died: marked FAILED to restart it",
                    jobName, execution.getId(),
                    execution.getJobParameters().getParameter(NightlyParameters.BUSINESS_DATE) == null ? "-"
                            : execution.getJobParameters().getParameter(NightlyParameters.BUSINESS_DATE).value(),
                    execution.getStatus());
            jobOperator.recover(execution);
        }
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            ps.setString(1, "backoffice-job:" + name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
            ps.setString(1, "backoffice-job:" + name);
            ps.execute();
        }
    }

    /** Another process holds the run lock of the job. */
    public static class JobAlreadyRunningException extends RuntimeException {
        public JobAlreadyRunningException(String jobName) {
            super(jobName + " is running in another process; wait for it to end");
        }
    }
}
