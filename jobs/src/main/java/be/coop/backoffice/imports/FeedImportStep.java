package be.coop.backoffice.imports;

import be.coop.backoffice.batch.NightlyParameters;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The chunk step that imports one feed file of the business date: read a line, apply the field
 * rules, write a chunk of rows (database checks, inserts and rejects in one transaction with the
 * reader's position and the counts). At the end, the file's reconciliation
 * ({@code lines read = written + rejected}) is stored in {@code import_file}; a mismatch fails the
 * step. In the job repository the step's counts read the same way: read = write + filter, the
 * rejected lines being the filtered ones.
 */
final class FeedImportStep<T> implements ItemProcessor<CsvRow, RowOutcome<T>>, ItemWriter<RowOutcome<T>>,
        StepExecutionListener {

    /** A step running longer than this prints a progress line this often. */
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    static final int CHUNK_SIZE = 1000;
    private static final Logger log = LoggerFactory.getLogger(FeedImportStep.class);
    private static final String WRITTEN = "import.written";
    private static final String REJECTED = "import.rejected";

    private final Feed<T> feed;
    private final JdbcTemplate jdbc;
    private final FeedTable<T> table;
    private final CsvFeedReader reader;
    private StepExecution stepExecution;
    private LocalDate businessDate;
    private long nextProgress;
    private int writtenBefore;
    private int rejectedBefore;

    private FeedImportStep(Feed<T> feed, JdbcTemplate jdbc) {
        this.feed = feed;
        this.jdbc = jdbc;
        this.table = feed.table().apply(jdbc);
        this.reader = new CsvFeedReader(feed.name() + "Reader", feed.requiredColumns());
    }

    static <T> Step build(Feed<T> feed, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          JdbcTemplate jdbc) {
        FeedImportStep<T> s = new FeedImportStep<>(feed, jdbc);
        String stepName = "import" + Character.toUpperCase(feed.name().charAt(0)) + feed.name().substring(1) + "Step";
        return new StepBuilder(stepName, jobRepository)
                .<CsvRow, RowOutcome<T>>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(s.reader)
                .processor(s)
                .writer(s)
                .listener(s)
                .build();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
        this.businessDate = stepExecution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        Path inbox = Path.of(stepExecution.getJobParameters().getString(NightlyParameters.INBOX));
        reader.setFile(NightlyParameters.dayFolder(inbox, businessDate).resolve(feed.fileName()));
        nextProgress = System.nanoTime() + PROGRESS_EVERY_NANOS;
        writtenBefore = stepExecution.getExecutionContext().getInt(WRITTEN, 0);
        rejectedBefore = stepExecution.getExecutionContext().getInt(REJECTED, 0);
    }

    @Override
    public RowOutcome<T> process(CsvRow row) {
        return feed.outcome(row, businessDate);
    }

    @Override
    public void write(Chunk<? extends RowOutcome<T>> chunk) {
        Rejects rejects = new Rejects();
        List<RowOutcome.Accepted<T>> accepted = new ArrayList<>();
        for (RowOutcome<T> outcome : chunk) {
            if (outcome instanceof RowOutcome.Accepted<T> a) {
                accepted.add(a);
            } else if (outcome instanceof RowOutcome.Rejected<T> r) {
                rejects.reject(r.line(), r.recordId(), r.errors());
            }
        }
        int written = accepted.isEmpty() ? 0 : table.write(accepted, businessDate, rejects);
        rejects.insert(jdbc, businessDate, feed.name(), feed.fileName());
        ExecutionContext context = stepExecution.getExecutionContext();
        context.putInt(WRITTEN, context.getInt(WRITTEN, 0) + written);
        context.putInt(REJECTED, context.getInt(REJECTED, 0) + rejects.lineCount());
        if (System.nanoTime() > nextProgress) {
            nextProgress = System.nanoTime() + PROGRESS_EVERY_NANOS;
            log.info("{} importing {}: {} lines so far, {} written, {} rejected", businessDate, feed.fileName(),
                    reader.rowsRead(), context.getInt(WRITTEN), context.getInt(REJECTED));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus().isUnsuccessful()) {
            return null;
        }
        ExecutionContext context = stepExecution.getExecutionContext();
        int read = reader.rowsRead();
        int written = context.getInt(WRITTEN, 0);
        int rejected = context.getInt(REJECTED, 0);
        // Spring Batch counts every line handed to the writer as written; this execution's own
        // share is set right, rejected lines counted as filtered, so read = write + filter
        stepExecution.setWriteCount(written - writtenBefore);
        stepExecution.setFilterCount(rejected - rejectedBefore);
        jdbc.update("""
                insert into import_file (business_date, feed, file_name, lines_read, written, rejected)
                values (?, ?, ?, ?, ?, ?)
                on conflict (business_date, feed) do update
                   set lines_read = excluded.lines_read, written = excluded.written, rejected = excluded.rejected""",
                businessDate, feed.name(), feed.fileName(), read, written, rejected);
        String summary = "%s: %d lines read, %d written, %d rejected".formatted(feed.fileName(), read, written, rejected);
        Duration took = Duration.between(stepExecution.getStartTime(), LocalDateTime.now());
        log.debug("{} {} in {} ms", businessDate, summary, took.toMillis());
        if (read != written + rejected) {
            return ExitStatus.FAILED.addExitDescription("counts do not reconcile: " + summary);
        }
        return ExitStatus.COMPLETED.addExitDescription(summary);
    }
}
