package be.coop.backoffice.payments;

import be.coop.backoffice.batch.NightlyParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports the statement files of the business date ({@code inbox/YYYY-MM-DD/*.cod} and {@code *.xml},
 * in name order), one file per call, each call in its own transaction: the file's statements, lines,
 * payments, invoice updates and its {@code bank_statement_file} row commit together. A restart (after
 * a crash or a kill at any point) lists the files again and passes over those with a row for the
 * date, so no file is imported twice and none is forgotten. The next file is read and checked on
 * another thread while the current one is written ({@link StatementReadAhead}).
 *
 * <p>Counts: read = files handled, write = payment rows written (one per statement line), filter =
 * files refused.
 */
class ImportStatementsTasklet implements Tasklet, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportStatementsTasklet.class);

    private final StatementFileImporter importer;
    private final JdbcTemplate jdbc;
    private long started;
    private StatementReadAhead readAhead;

    ImportStatementsTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.importer = new StatementFileImporter(jdbc);
    }

    /** The statement files of a day folder, in name order; none when the folder does not exist. */
    static List<Path> statementFiles(Path dayFolder) throws IOException {
        if (!Files.isDirectory(dayFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dayFolder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".cod") || name.endsWith(".xml");
                    })
                    .sorted()
                    .toList();
        }
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started = System.nanoTime();
        readAhead = new StatementReadAhead(importer);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        LocalDate businessDate = parameters.getLocalDate(NightlyParameters.BUSINESS_DATE);
        Path folder = NightlyParameters.dayFolder(Path.of(parameters.getString(NightlyParameters.INBOX)), businessDate);
        Set<String> done = importer.filesDone(businessDate);
        List<Path> pending = statementFiles(folder).stream()
                .filter(f -> !done.contains(f.getFileName().toString()))
                .toList();
        if (pending.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        StatementFile file = readAhead.read(pending.get(0), pending.size() > 1 ? pending.get(1) : null);
        FileOutcome outcome = importer.importFile(file, businessDate);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(outcome.lines());
        if (outcome.refused()) {
            contribution.incrementFilterCount();
        }
        log.info("{}", outcome);
        return pending.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        readAhead.close();
        LocalDate businessDate = stepExecution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        String summary = jdbc.queryForObject("""
                select format('%s file(s): %s imported, %s refused; %s statement(s) imported, %s refused;'
                              || ' %s lines = %s matched + %s partial + %s suspense',
                              count(*), count(*) filter (where outcome = 'IMPORTED'),
                              count(*) filter (where outcome = 'REFUSED'), coalesce(sum(statements), 0),
                              coalesce(sum(statements_refused), 0), coalesce(sum(lines), 0), coalesce(sum(matched), 0),
                              coalesce(sum(partial), 0), coalesce(sum(suspense), 0))
                  from bank_statement_file where business_date = ?""", String.class, businessDate);
        log.info("payments of {}: {} ({} ms)", businessDate, summary, (System.nanoTime() - started) / 1_000_000);
        return stepExecution.getExitStatus().addExitDescription(summary);
    }
}
