package be.coop.backoffice.payroll;

import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.io.AtomicFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code writePayrollReportStep}: {@code outbox/<business date>/payroll-report.csv}, what a person
 * must look at after the night: the salary files written, the payslips computed that night whose
 * computation departed from the contract (courier raised to the minimum, student beyond the quota,
 * work paid after its due date), and every payslip left unpaid because its transfer was refused.
 * Written from the database, so a restart writes the same file.
 */
public final class PayrollReportTasklet implements Tasklet {

    public static final String FILE_NAME = "payroll-report.csv";
    private static final String[] HEADER = {"issue", "contract_id", "member_id", "payslip_id", "detail"};

    private final JdbcTemplate jdbc;

    public PayrollReportTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        LocalDate businessDate = parameters.getLocalDate(NightlyParameters.BUSINESS_DATE);
        Path outbox = Path.of(parameters.getString(NightlyParameters.OUTBOX));
        contribution.incrementWriteCount(write(businessDate, outbox));
        return RepeatStatus.FINISHED;
    }

    int write(LocalDate businessDate, Path outbox) {
        StringWriter text = new StringWriter();
        int[] lines = {0};
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(HEADER).get())) {
            jdbc.query("""
                    select 'SALARY_FILE', null, null, null,
                           file_name || ': ' || transfers || ' transfers, ' || control_sum || ' EUR, paid on ' || payment_date
                      from salary_payment_file where written_on = ?
                    union all
                    select 'COURIER_CORRECTED', contract_id, member_id, payslip_id,
                           'gross raised by ' || courier_shortfall || ' EUR to the legal minimum for ' || paid_hours
                           || ' paid hours'
                      from payslip where computed_on = ? and courier_shortfall > 0
                    union all
                    select 'STUDENT_QUOTA_EXCEEDED', contract_id, member_id, payslip_id,
                           hours_beyond_quota || ' hours beyond the yearly student quota (' || student_hours_before
                           || ' hours already worked in ' || rates_year || ')'
                      from payslip where computed_on = ? and hours_beyond_quota > 0
                    union all
                    select 'LATE_PAYMENT', contract_id, member_id, payslip_id,
                           'due on ' || due_payment_date || ', paid on ' || payment_date || ' (work computed on ' || computed_on || ')'
                      from payslip where computed_on = ? and payment_date > due_payment_date
                    union all
                    select 'TRANSFER_REFUSED', contract_id, member_id, payslip_id,
                           'unpaid, due on ' || payment_date || ': ' || payment_refusal
                      from payslip where payment_refusal is not null and salary_payment_file_id is null
                    order by 1, 2""", rs -> {
                try {
                    csv.printRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lines[0]++;
            }, businessDate, businessDate, businessDate, businessDate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFile.write(NightlyParameters.dayFolder(outbox, businessDate).resolve(FILE_NAME), text.toString());
        return lines[0];
    }
}
