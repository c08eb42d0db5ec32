package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.io.SqlResource;
import be.coop.backoffice.batch.NightlyParameters;
import java.time.LocalDate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code issueDocumentsStep}: the chunk step that turns the business date's billable items into
 * numbered invoices and credit notes. The reader ({@code billableItemsReader}) streams
 * {@code billable-items.sql} on a cursor of its own and keeps no position ({@code saveState=false}):
 * the query selects only what is not done yet, so after a crash the restarted step re-reads exactly
 * the uncommitted items in the same order. Each chunk is numbered and written in one transaction by
 * {@link DocumentWriter}.
 */
final class IssueDocumentsStep implements ItemProcessor<BillableItem, DraftOutcome>, ItemWriter<DraftOutcome>,
        StepExecutionListener {

    static final String STEP_NAME = "issueDocumentsStep";
    private static final Logger log = LoggerFactory.getLogger(IssueDocumentsStep.class);
    private static final int PROGRESS_EVERY = 50_000;

    private final DocumentWriter writer;
    private final Supplier<MutualisedFee> fee;
    private LocalDate businessDate;
    private InvoiceDrafter drafter;
    private long documents;
    private long refused;
    private long nextProgress;

    private IssueDocumentsStep(JdbcTemplate jdbc, Supplier<MutualisedFee> fee) {
        this.writer = new DocumentWriter(jdbc);
        this.fee = fee;
    }

    static Step build(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
                      JdbcTemplate jdbc, Supplier<MutualisedFee> fee, int chunkSize) {
        IssueDocumentsStep step = new IssueDocumentsStep(jdbc, fee);
        JdbcCursorItemReader<BillableItem> reader = new JdbcCursorItemReaderBuilder<BillableItem>()
                .name("billableItemsReader")
                .dataSource(dataSource)
                .sql(SqlResource.load(IssueDocumentsStep.class, "billable-items.sql"))
                .preparedStatementSetter(ps -> {
                    ps.setObject(1, step.businessDate);
                    ps.setObject(2, step.businessDate);
                })
                .rowMapper(BillableItem::map)
                .fetchSize(chunkSize)
                .connectionAutoCommit(false) // PostgreSQL streams a cursor only inside a transaction
                .saveState(false)
                .build();
        return new StepBuilder(STEP_NAME, jobRepository)
                .<BillableItem, DraftOutcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(step)
                .writer(step)
                .listener(step)
                .build();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        businessDate = stepExecution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        drafter = new InvoiceDrafter(businessDate, fee.get());
        documents = 0;
        refused = 0;
        nextProgress = PROGRESS_EVERY;
    }

    @Override
    public DraftOutcome process(BillableItem item) {
        return drafter.draft(item);
    }

    @Override
    public void write(Chunk<? extends DraftOutcome> chunk) {
        DocumentWriter.Written written = writer.write(chunk.getItems(), businessDate);
        documents += written.documents();
        refused += written.refused();
        if (documents >= nextProgress) {
            log.info("{} invoicing: {} documents issued so far", businessDate, documents);
            nextProgress += PROGRESS_EVERY;
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus().isUnsuccessful()) {
            return null;
        }
        String summary = "%d documents issued, %d sales refused".formatted(documents, refused);
        log.info("{} invoicing: {}", businessDate, summary);
        return ExitStatus.COMPLETED.addExitDescription(summary);
    }
}
