package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.io.CsvFile;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.StructuredCommunication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the day's invoice register {@code outbox/YYYY-MM-DD/invoices.csv} (every invoice and
 * credit note issued on the business date, by structure and number) and, when sales were refused,
 * {@code invoicing-rejects.csv}. Both are written through a temporary file and an atomic move, so a
 * reader never sees half a file. The register is the one the issuing run wrote as its chunks
 * committed when that one holds every document of the day ({@link RegisterJournal}), else it is
 * written from the database; both give the same bytes, so a re-run rewrites the same file. The
 * rejects are written from the database. The step's exit description is the day's
 * {@link InvoicingSummary}.
 */
final class InvoiceRegisterTasklet implements Tasklet {

    static final String REGISTER = "invoices.csv";
    static final String REJECTS = "invoicing-rejects.csv";
    static final String[] REGISTER_HEADER = {"invoice_number", "kind", "structure", "client_id", "issue_date",
            "due_date", "amount_excl_vat", "vat_amount", "amount_incl_vat", "vat_treatment",
            "structured_communication", "source_type", "source_id", "sale_id", "credited_invoice_number"};
    /** In the step's execution context: {@code run} (written as the chunks committed) or {@code database}. */
    static final String REGISTER_SOURCE = "registerSource";
    private static final String[] REJECTS_HEADER = {"sale_id", "reason"};

    private final JdbcTemplate jdbc;
    private final RegisterJournals registers;

    /** @param jdbc with a fetch size, so a year's register streams */
    InvoiceRegisterTasklet(JdbcTemplate jdbc, RegisterJournals registers) {
        this.jdbc = jdbc;
        this.registers = registers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        LocalDate businessDate = parameters.getLocalDate(NightlyParameters.BUSINESS_DATE);
        Path folder = NightlyParameters.dayFolder(Path.of(parameters.getString(NightlyParameters.OUTBOX)), businessDate);
        Files.createDirectories(folder);

        InvoicingSummary summary = InvoicingSummary.of(jdbc, businessDate);
        Path register = folder.resolve(REGISTER);
        long rows;
        String source;
        RegisterJournal journal = registers.take(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
        if (journal != null && journal.file().equals(register)
                && journal.commitIfWhole(summary.invoices() + summary.creditNotes())) {
            rows = journal.rows();
            source = "run";
        } else {
            if (journal != null) {
                journal.close(); // before the same temporary file is written from the database
            }
            rows = writeFromDatabase(jdbc, register, businessDate);
            source = "database";
        }
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putString(REGISTER_SOURCE, source);

        Path rejects = folder.resolve(REJECTS);
        Integer refused = jdbc.queryForObject("select count(*) from invoicing_reject where business_date = ?",
                Integer.class, businessDate);
        if (refused != null && refused > 0) {
            CsvFile.write(rejects, REJECTS_HEADER, csv -> jdbc.query(
                    "select sale_id, reason from invoicing_reject where business_date = ? order by sale_id collate \"C\"",
                    rs -> {
                        csv.row(rs.getString(1), rs.getString(2));
                    }, businessDate));
        } else {
            Files.deleteIfExists(rejects);
        }

        contribution.incrementWriteCount(rows);
        contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(REGISTER + ": " + summary));
        return RepeatStatus.FINISHED;
    }

    /** The register of {@code businessDate} from the database; the row count. */
    static long writeFromDatabase(JdbcTemplate jdbc, Path register, LocalDate businessDate) {
        return CsvFile.write(register, REGISTER_HEADER, csv -> jdbc.query("""
                select i.invoice_number, i.kind, i.structure_code, i.client_id, i.issue_date, i.due_date,
                       i.amount_excl_vat, i.vat_amount, i.amount_incl_vat, l.vat_treatment,
                       i.structured_communication, i.source_type, i.source_id, l.sale_id, c.invoice_number
                  from invoice i
                  join invoice_line l on l.invoice_id = i.invoice_id and l.line_no = 1
                  left join invoice c on c.invoice_id = i.credited_invoice_id
                 where i.issue_date = ?
                 order by i.structure_code collate "C", i.number_in_year""", rs -> {
            csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getBigDecimal(7).toPlainString(), rs.getBigDecimal(8).toPlainString(),
                    rs.getBigDecimal(9).toPlainString(), rs.getString(10),
                    StructuredCommunication.parse(rs.getString(11)).formatted(), rs.getString(12), rs.getString(13),
                    rs.getString(14), rs.getString(15));
        }, businessDate));
    }



}
