package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.io.SqlResource;
import be.coop.backoffice.batch.NightlyParameters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code issueDocumentsStep}: the chunk step that turns the business date's billable items into
 * numbered invoices and credit notes. The reader ({@code billableItemsReader}) streams
 * {@code billable-items.sql} on a cursor of its own and keeps no position ({@code saveState=false}):
 * the query selects only what is not done yet, so after a crash the restarted step re-reads exactly
 * the uncommitted items in the same order. The step's thread reads, drafts and numbers each chunk;
 * an {@link IssuingRun} writes it, each chunk in a transaction of its own, two at a time (see there
 * why numbers stay gapless). The step ends only once every chunk handed in has committed: the
 * reader waits for them when it reaches the end of its items. A run that starts on a day with no
 * document issued yet writes the day's register as its chunks commit ({@link RegisterJournal}) and
 * hands it to the register step.
 *
 * <p>The step's read and write counts are those of items handed to the writers; a chunk that then
 * fails fails the step. The day's documents and refusals in the database are the record
 * ({@link InvoicingSummary}).
 */
final class IssueDocumentsStep implements ItemProcessor<BillableItem, DraftOutcome>, ItemWriter<DraftOutcome>,
        StepExecutionListener {

    static final String STEP_NAME = "issueDocumentsStep";
    private static final Logger log = LoggerFactory.getLogger(IssueDocumentsStep.class);
    private static final int PROGRESS_EVERY = 50_000;

    private final DataSource dataSource;
    private final RegisterJournals registers;
    private final DocumentWriter writer = new DocumentWriter();
    private final Supplier<MutualisedFee> fee;
    private LocalDate businessDate;
    private InvoiceDrafter drafter;
    private Map<String, InvoicingStructure> structures;
    private IssuingRun run;
    private boolean allRead;
    private DocumentWriter.Written committed;
    private long nextProgress;

    private IssueDocumentsStep(DataSource dataSource, RegisterJournals registers, Supplier<MutualisedFee> fee) {
        this.dataSource = dataSource;
        this.registers = registers;
        this.fee = fee;
    }

    static Step build(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
                      RegisterJournals registers, Supplier<MutualisedFee> fee, int chunkSize) {
        IssueDocumentsStep step = new IssueDocumentsStep(dataSource, registers, fee);
        JdbcCursorItemReader<BillableItem> reader = new JdbcCursorItemReaderBuilder<BillableItem>()
                .name("billableItemsReader")
                .dataSource(dataSource)
                .sql(SqlResource.load(IssueDocumentsStep.class, "billable-items.sql"))
                .preparedStatementSetter(ps -> {
                    ps.setObject(1, step.businessDate);
                    ps.setObject(2, step.businessDate);
                })
                .rowMapper((rs, rowNum) -> BillableItem.map(rs, step.structures))
                .fetchSize(chunkSize)
                .connectionAutoCommit(false) // PostgreSQL streams a cursor only inside a transaction
                .saveState(false)
                .build();
        return new StepBuilder(STEP_NAME, jobRepository)
                .<BillableItem, DraftOutcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(step.untilAllWritten(reader))
                .processor(step)
                .writer(step)
                .listener(step)
                .build();
    }

    /**
     * Takes the invoicing lock before the reader runs its query (streams are opened after the
     * listeners' {@code beforeStep}), so the query sees everything a run that held it committed.
     */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        businessDate = stepExecution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        drafter = new InvoiceDrafter(businessDate, fee.get());
        structures = InvoicingStructure.all(new JdbcTemplate(dataSource));
        allRead = false;
        committed = DocumentWriter.Written.NOTHING;
        nextProgress = PROGRESS_EVERY;
        Path outbox = Path.of(stepExecution.getJobParameters().getString(NightlyParameters.OUTBOX));
        registers.dropStale();
        run = IssuingRun.start(dataSource, writer, businessDate,
                NightlyParameters.dayFolder(outbox, businessDate).resolve(InvoiceRegisterTasklet.REGISTER));
    }

    @Override
    public DraftOutcome process(BillableItem item) {
        return drafter.draft(item);
    }

    @Override
    public void write(Chunk<? extends DraftOutcome> chunk) {
        List<InvoiceDraft> drafts = new ArrayList<>(chunk.size());
        List<RefusedSale> refusals = new ArrayList<>();
        for (DraftOutcome outcome : chunk) {
            if (outcome instanceof InvoiceDraft draft) {
                drafts.add(draft);
            } else {
                refusals.add((RefusedSale) outcome);
            }
        }
        committed(run.submit(run.number(drafts), refusals));
        if (allRead) {
            committed(run.drain());
        }
    }

    private void committed(DocumentWriter.Written chunk) {
        committed = committed.plus(chunk);
        if (committed.documents() >= nextProgress) {
            log.info("{} invoicing: {} documents issued so far", businessDate, committed.documents());
            nextProgress += PROGRESS_EVERY;
        }
    }

    /** The reader, which at the end of its items waits for the chunks being written before it says so. */
    private ItemStreamReader<BillableItem> untilAllWritten(ItemStreamReader<BillableItem> reader) {
        return new ItemStreamReader<>() {
            @Override
            public BillableItem read() throws Exception {
                BillableItem item = reader.read();
                if (item == null) {
                    allRead = true;
                    committed(run.drain());
                }
                return item;
            }

            @Override
            public void open(ExecutionContext executionContext) {
                reader.open(executionContext);
            }

            @Override
            public void update(ExecutionContext executionContext) {
                reader.update(executionContext);
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (run != null) {
            if (!stepExecution.getStatus().isUnsuccessful()) {
                registers.handIn(stepExecution.getJobExecutionId(), run.handOverRegister());
            }
            run.close();
            run = null;
        }
        if (stepExecution.getStatus().isUnsuccessful()) {
            return null;
        }
        String summary = "%d documents issued, %d sales refused".formatted(committed.documents(), committed.refused());
        log.info("{} invoicing: {}", businessDate, summary);
        return ExitStatus.COMPLETED.addExitDescription(summary);
    }
}
