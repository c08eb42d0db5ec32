package be.coop.backoffice.payments;

import be.coop.backoffice.common.io.CsvFile;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.StructuredCommunication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks that every line of the statements imported on the business date has exactly one payment
 * row, then writes the day's two reports from the database, each through a temporary file and an
 * atomic move (a re-run writes the same bytes; a reader never sees half a file):
 * <ul>
 *   <li>{@code outbox/YYYY-MM-DD/payments.csv}: one row per statement line, in statement and line
 *       order: {@code statement_id;line_no;value_date;amount;communication;counterparty_iban;
 *       invoice_number;status;match_rule;applied_amount;suspense_amount;reason;file}. {@code status} is
 *       {@code matched}, {@code partial} or {@code suspense}; {@code communication} is the structured
 *       communication ({@code +++090/9337/55493+++}) when the bank delivered one, else the free text.</li>
 *   <li>{@code outbox/YYYY-MM-DD/statement-rejects.csv}: {@code file;line;action;account;sequence_no;reason},
 *       one row per problem of a refused file ({@code refused}), per duplicate statement
 *       ({@code refused}) and per statement imported whose old balance does not follow the previous
 *       statement ({@code warning}).</li>
 * </ul>
 * Both are always written, with their header alone on a day without statements.
 */
class PaymentsReportTasklet implements Tasklet {

    static final String PAYMENTS_FILE = "payments.csv";
    static final String REJECTS_FILE = "statement-rejects.csv";
    private static final String[] PAYMENTS_HEADER = {"statement_id", "line_no", "value_date", "amount", "communication",
            "counterparty_iban", "invoice_number", "status", "match_rule", "applied_amount", "suspense_amount", "reason",
            "file"};
    private static final String[] REJECTS_HEADER = {"file", "line", "action", "account", "sequence_no", "reason"};

    private final JdbcTemplate jdbc;

    PaymentsReportTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        LocalDate businessDate = parameters.getLocalDate(NightlyParameters.BUSINESS_DATE);
        requireEveryLineOnce(businessDate);
        Path folder = NightlyParameters.dayFolder(Path.of(parameters.getString(NightlyParameters.OUTBOX)), businessDate);
        Files.createDirectories(folder);
        long rows = CsvFile.write(folder.resolve(PAYMENTS_FILE), PAYMENTS_HEADER, csv -> jdbc.query("""
                select l.statement_id, l.line_no, l.value_date, l.amount, l.structured_communication, l.communication,
                       l.counterparty_iban, i.invoice_number, p.status, p.match_rule, p.applied_amount,
                       p.suspense_amount, p.reason, s.file_name
                  from bank_statement s
                  join bank_statement_line l on l.statement_id = s.statement_id
                  join payment p on p.statement_id = l.statement_id and p.line_no = l.line_no
                  left join invoice i on i.invoice_id = p.invoice_id
                 where s.imported_on = ?
                 order by l.statement_id, l.line_no""", rs -> {
            String structured = rs.getString(5);
            csv.row(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                    rs.getBigDecimal(4).toPlainString(),
                    structured != null ? StructuredCommunication.parse(structured).formatted() : rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getString(9).toLowerCase(Locale.ROOT), rs.getString(10),
                    rs.getBigDecimal(11).toPlainString(), rs.getBigDecimal(12).toPlainString(), rs.getString(13),
                    rs.getString(14));
        }, businessDate));
        CsvFile.write(folder.resolve(REJECTS_FILE), REJECTS_HEADER, csv -> jdbc.query("""
                select file_name, line, action, account, sequence_no, reason from bank_statement_reject
                 where business_date = ? order by file_name, problem_no""", rs -> {
            csv.row(rs.getString(1), rs.getInt(2), rs.getString(3).toLowerCase(Locale.ROOT), rs.getString(4),
                    rs.getString(5), rs.getString(6));
        }, businessDate));
        contribution.incrementWriteCount(rows);
        return RepeatStatus.FINISHED;
    }

    /** Statement lines of the day = payment rows of the day, as the files' own counts say. */
    private void requireEveryLineOnce(LocalDate businessDate) {
        long[] c = jdbc.queryForObject("""
                select (select count(*) from bank_statement s join bank_statement_line l on l.statement_id = s.statement_id
                         where s.imported_on = ?),
                       (select count(*) from bank_statement s join payment p on p.statement_id = s.statement_id
                         where s.imported_on = ?),
                       (select coalesce(sum(lines), 0) from bank_statement_file where business_date = ?)""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                businessDate, businessDate, businessDate);
        if (c[0] != c[1] || c[0] != c[2]) {
            throw new IllegalStateException("statements imported on " + businessDate + " have " + c[0]
                    + " lines but " + c[1] + " payment rows (" + c[2] + " lines counted by file):"
                    + " every line must end matched, partial or in suspense exactly once");
        }
    }

    /** Receives the rows of one report. */

}
