package be.coop.backoffice.imports;

import be.coop.backoffice.common.io.CsvFile;
import be.coop.backoffice.batch.NightlyParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes {@code outbox/YYYY-MM-DD/rejects.csv}: every line of the day's feeds that was not
 * imported, with the file, line, identifier, field, value and the rule it breaks. Written from
 * {@code import_reject} through a temporary file and an atomic move, so a re-run rewrites the same
 * file and a reader never sees half of one. Always written, with its header alone on a clean day.
 */
class RejectsFileTasklet implements Tasklet {

    static final String FILE_NAME = "rejects.csv";
    private static final String[] HEADER = {"file", "line", "record_id", "field", "value", "reason"};

    private final JdbcTemplate jdbc;

    RejectsFileTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        LocalDate businessDate = parameters.getLocalDate(NightlyParameters.BUSINESS_DATE);
        Path folder = NightlyParameters.dayFolder(Path.of(parameters.getString(NightlyParameters.OUTBOX)), businessDate);
        long count = CsvFile.write(folder.resolve(FILE_NAME), HEADER, csv -> jdbc.query("""
                select file_name, line, record_id, field, value, reason
                  from import_reject
                 where business_date = ?
                 order by array_position(?::text[], feed), line, error_no""", rs -> {
            csv.row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
        }, businessDate, Feed.ALL.stream().map(Feed::name).toArray(String[]::new)));
        contribution.incrementWriteCount(count);
        return RepeatStatus.FINISHED;
    }
}
