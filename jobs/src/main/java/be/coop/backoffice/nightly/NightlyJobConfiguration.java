package be.coop.backoffice.nightly;

import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * {@code nightlyJob}: the chain run every night for one business date (identifying parameter
 * {@code businessDate}; {@code inbox} and {@code outbox} folders as plain parameters). Each step
 * runs a job of its own with the same parameters, so a failed night restarts at the failed job,
 * and each job can also be run alone.
 *
 * <p>Chain: import the inbox feeds; then two branches side by side, each on a thread and a
 * database connection of its own:
 * <ul>
 *   <li>declare to DIMONA the contracts starting by the next business day (first, as declarations
 *       are due before work starts); invoice the day's sales; import and match the bank statements,
 *       which can pay the invoices issued the same night; age what the clients still owe;</li>
 *   <li>compute the payslips of the work that ended and write the salary transfer files.</li>
 * </ul>
 * Payroll reads the imported contracts and members and needs nothing the other branch writes (the
 * salary is paid whether or not the client has paid); the two write different tables, apart from
 * the Activity ledger, where each inserts entries of its own kinds. A branch that fails does not
 * stop the other; the night fails once both have ended, and its restart runs again only the jobs
 * that did not complete. (Reminders follow.)
 */
@Configuration
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightlyJob";

    /** The jobs the chain runs; their leftovers are recovered with the chain's. */
    public static final List<String> CHAINED_JOBS = List.of("importFeedsJob", "dimonaJob", "invoicingJob",
            "paymentsJob", "receivablesJob", "payrollJob");

    @Bean
    public Job nightlyJob(JobRepository jobRepository, JobOperator jobOperator, Job importFeedsJob, Job dimonaJob,
                          Job invoicingJob, Job paymentsJob, Job receivablesJob, Job payrollJob) {
        Flow declareAndBill = new FlowBuilder<SimpleFlow>("declareAndBillFlow")
                .start(jobStep("dimonaStep", dimonaJob, jobRepository, jobOperator))
                .next(jobStep("invoicingStep", invoicingJob, jobRepository, jobOperator))
                .next(jobStep("paymentsStep", paymentsJob, jobRepository, jobOperator))
                .next(jobStep("receivablesStep", receivablesJob, jobRepository, jobOperator))
                .build();
        Flow payroll = new FlowBuilder<SimpleFlow>("payrollFlow")
                .start(jobStep("payrollStep", payrollJob, jobRepository, jobOperator))
                .build();
        Flow branches = new FlowBuilder<SimpleFlow>("branchesFlow")
                .split(new SimpleAsyncTaskExecutor("night-"))
                .add(declareAndBill, payroll)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .flow(jobStep("importFeedsStep", importFeedsJob, jobRepository, jobOperator))
                .next(branches)
                .end()
                .build();
    }

    private static Step jobStep(String name, Job job, JobRepository jobRepository, JobOperator jobOperator) {
        return new StepBuilder(name, jobRepository).job(job).operator(jobOperator).build();
    }
}
