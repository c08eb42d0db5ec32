package be.coop.backoffice.cli;

import be.coop.backoffice.batch.JobRunner;
import be.coop.backoffice.imports.Feed;
import be.coop.backoffice.invoicing.InvoicingSummary;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.nightly.NightlyJobConfiguration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** One night of the chain for one business date, and what it did, as the commands report it. */
final class NightlyRun {

    enum Outcome { COMPLETED, ALREADY_COMPLETED, FAILED }

    record Result(LocalDate date, Outcome outcome, long millis, String message) {
    }

    /** One feed's reconciliation for the date, from {@code import_file}. */
    record FeedCount(String file, int read, int written, int rejected) {
    }

    private final ApplicationContext context;
    private final Path inbox;
    private final Path outbox;

    NightlyRun(ApplicationContext context, Path inbox, Path outbox) {
        this.context = context;
        this.inbox = inbox.toAbsolutePath();
        this.outbox = outbox.toAbsolutePath();
    }

    static JobParameters parameters(LocalDate date, Path inbox, Path outbox) {
        return new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, date, true)
                .addString(NightlyParameters.INBOX, inbox.toString(), false)
                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                .toJobParameters();
    }

    Result run(LocalDate date) {
        long start = System.nanoTime();
        Job job = context.getBean(NightlyJobConfiguration.JOB_NAME, Job.class);
        try {
            JobExecution execution = context.getBean(JobRunner.class)
                    .run(job, parameters(date, inbox, outbox), NightlyJobConfiguration.CHAINED_JOBS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return new Result(date, Outcome.COMPLETED, millis, null);
            }
            return new Result(date, Outcome.FAILED, millis, failure(execution));
        } catch (JobInstanceAlreadyCompleteException e) {
            return new Result(date, Outcome.ALREADY_COMPLETED, 0, "the nightly of " + date + " already completed");
        } catch (Exception e) {
            return new Result(date, Outcome.FAILED, (System.nanoTime() - start) / 1_000_000, e.getMessage());
        }
    }

    private static String failure(JobExecution execution) {
        StringBuilder message = new StringBuilder(execution.getStatus().toString());
        for (Throwable t : execution.getAllFailureExceptions()) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            message.append(": ").append(root.getMessage());
        }
        execution.getStepExecutions().stream()
                .filter(s -> s.getStatus().isUnsuccessful())
                .forEach(s -> message.append(" [").append(s.getStepName()).append(": ")
                        .append(s.getExitStatus().getExitDescription()).append(']'));
        return message.toString();
    }

    List<FeedCount> feedCounts(LocalDate date) {
        return context.getBean(JdbcTemplate.class).query("""
                select file_name, lines_read, written, rejected from import_file
                 where business_date = ? order by array_position(?::text[], feed)""",
                (rs, i) -> new FeedCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                date, Feed.ALL.stream().map(Feed::name).toArray(String[]::new));
    }

    InvoicingSummary invoicingSummary(LocalDate date) {
        return InvoicingSummary.of(context.getBean(JdbcTemplate.class), date);
    }

    Path inboxOf(LocalDate date) {
        return NightlyParameters.dayFolder(inbox, date);
    }

    boolean inboxExists(LocalDate date) {
        return java.nio.file.Files.isDirectory(inboxOf(date));
    }

    Path outboxOf(LocalDate date) {
        return NightlyParameters.dayFolder(outbox, date);
    }
}
