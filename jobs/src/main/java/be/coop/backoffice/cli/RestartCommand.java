package be.coop.backoffice.cli;

import be.coop.backoffice.batch.JobRunner;
import be.coop.backoffice.nightly.NightlyJobConfiguration;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Restarts a failed (or killed) job execution where it stopped, with its own parameters.",
                "Exit code 0 when the restarted run completed."})
class RestartCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "EXECUTION_ID", description = "As listed by the jobs command.")
    long executionId;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = Backoffice.start(database)) {
            JobExecution failed = context.getBean(JobRepository.class).getJobExecution(executionId);
            if (failed == null) {
                System.err.println("no job execution " + executionId);
                return 2;
            }
            String jobName = failed.getJobInstance().getJobName();
            Job job = context.getBean(jobName, Job.class);
            List<String> chained = jobName.equals(NightlyJobConfiguration.JOB_NAME)
                    ? NightlyJobConfiguration.CHAINED_JOBS : List.of();
            JobExecution execution = context.getBean(JobRunner.class).run(job, failed.getJobParameters(), chained);
            System.out.println(jobName + " execution " + execution.getId() + " (restart of " + executionId + "): "
                    + execution.getStatus() + " " + execution.getExitStatus().getExitDescription());
            return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
        }
    }
}
