package be.coop.backoffice.payroll;

import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.io.AtomicFile;
import be.coop.backoffice.sepa.DebtorAccounts;
import be.coop.backoffice.sepa.InvalidTransferException;
import be.coop.backoffice.sepa.PaymentBatch;
import be.coop.backoffice.sepa.SalaryTransfer;
import be.coop.backoffice.sepa.SalaryTransferFileWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code writeSalaryFilesStep}: on the night before a salary payment date (business date = payment
 * date − 1 day, or later nights catching up), writes {@code outbox/<business date>/salaries-<payment date>.xml},
 * one pain.001.001.03 file per payment date with one payment per paying structure and one transfer
 * per unpaid payslip of that date, then records it in {@code salary_payment_file} and ties each
 * payslip to it.
 *
 * <p>All of it happens in the step's one transaction, the file being moved into place just before
 * the commit: a run killed in between leaves the payslips unpaid, and the restart selects the same
 * payslips and writes the same bytes again (message id from the payment date, creation time from the
 * business date). A payslip tied to a file is never selected again.
 *
 * <p>Before writing, the file's number of transfers and control sum are compared with a separate
 * count and sum of the payslips in the database. A transfer the writer refuses (invalid IBAN, ...)
 * is left out: its payslip keeps the reason in {@code payment_refusal} and stays unpaid, on the
 * payroll report, for a person to fix.
 */
public final class SalaryFilesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SalaryFilesTasklet.class);
    /** The business time the night's files are stamped with: the same on every run of the night. */
    public static final LocalTime RUN_TIME = LocalTime.of(22, 0);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Characters of a file read for its group header (which is a few hundred characters in). */
    private static final int HEAD = 4096;
    private static final Pattern GROUP_HEADER = Pattern.compile(
            "<GrpHdr>.*?<NbOfTxs>(\\d+)</NbOfTxs>\\s*<CtrlSum>([0-9.]+)</CtrlSum>", Pattern.DOTALL);

    private final JdbcTemplate jdbc;
    private final DebtorAccounts debtors;
    private final SalaryTransferFileWriter writer = new SalaryTransferFileWriter();

    public SalaryFilesTasklet(JdbcTemplate jdbc, DebtorAccounts debtors) {
        this.jdbc = jdbc;
        this.debtors = debtors;
    }

    /** What one night wrote. */
    public record Written(LocalDate paymentDate, String fileName, int transfers, Money controlSum) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        LocalDate businessDate = parameters.getLocalDate(NightlyParameters.BUSINESS_DATE);
        Path outbox = Path.of(parameters.getString(NightlyParameters.OUTBOX));
        List<Written> files = writeFiles(businessDate, outbox);
        contribution.incrementWriteCount(files.stream().mapToInt(Written::transfers).sum());
        return RepeatStatus.FINISHED;
    }

    /** Writes and records the files of every payment date up to the day after {@code businessDate}. */
    public List<Written> writeFiles(LocalDate businessDate, Path outbox) {
        // an unpaid payslip's payment date is after the last file written (V35 refuses any other), so
        // only those dates are looked at, through the payment date's index
        List<LocalDate> dates = jdbc.queryForList("""
                select distinct payment_date from payslip
                 where payment_date > coalesce((select max(payment_date) from salary_payment_file), '-infinity')
                   and payment_date <= ? and salary_payment_file_id is null and payment_refusal is null
                 order by payment_date""", LocalDate.class, businessDate.plusDays(1));
        List<Written> written = new ArrayList<>();
        for (LocalDate paymentDate : dates) {
            Written file = writeFile(businessDate, paymentDate, outbox);
            if (file != null) {
                written.add(file);
            }
        }
        return written;
    }

    private record Unpaid(long payslipId, String structure, String contractId, String memberName, String iban,
                          Money amount, LocalDate start, LocalDate end) {
    }

    private Written writeFile(LocalDate businessDate, LocalDate paymentDate, Path outbox) {
        Integer recorded = jdbc.queryForObject("select count(*) from salary_payment_file where payment_date = ?",
                Integer.class, paymentDate);
        if (recorded > 0) {
            throw new IllegalStateException("payslips of " + paymentDate + " are unpaid but the salary file of that date"
                    + " was already written: their payment date must be moved to a date still to come");
        }
        List<Unpaid> unpaid = jdbc.query("""
                select p.payslip_id, p.structure_code, p.contract_id, m.first_name || ' ' || m.last_name, m.iban,
                       p.amount_paid, c.start_date, c.end_date
                  from payslip p
                  join member m on m.member_id = p.member_id
                  join contract c on c.contract_id = p.contract_id
                 where p.salary_payment_file_id is null and p.payment_refusal is null and p.payment_date = ?
                 order by p.structure_code, p.payslip_id""",
                (rs, i) -> new Unpaid(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        new Money(rs.getBigDecimal(6)), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)),
                paymentDate);
        String messageId = "SAL-" + paymentDate.format(COMPACT);
        LocalDateTime createdAt = businessDate.atTime(RUN_TIME);
        Set<Long> refused = new HashSet<>();
        Path target = NightlyParameters.dayFolder(outbox, businessDate).resolve("salaries-" + paymentDate + ".xml");
        List<Unpaid> paid;
        Long[] ids;
        Map<String, Object> expected;
        while (true) {
            paid = unpaid.stream().filter(u -> !refused.contains(u.payslipId())).toList();
            if (paid.isEmpty()) {
                return null;
            }
            ids = paid.stream().map(Unpaid::payslipId).toArray(Long[]::new);
            // streamed into the temporary file and validated there; moved into place once checked
            try (AtomicFile.Pending file = AtomicFile.create(target)) {
                writer.write(messageId, createdAt, batches(messageId, createdAt, paymentDate, paid), file);
                expected = jdbc.queryForMap(
                        "select count(*) as n, coalesce(sum(amount_paid), 0) as total from payslip where payslip_id = any(?)",
                        (Object) ids);
                check(messageId, head(file.written()), ((Number) expected.get("n")).intValue(),
                        (BigDecimal) expected.get("total"));
                file.commit();
                break;
            } catch (InvalidTransferException e) {
                int before = refused.size();
                for (InvalidTransferException.Rejection rejection : e.rejections()) {
                    if (rejection.payslipId() == null) {
                        throw e;
                    }
                    long payslipId = Long.parseLong(rejection.payslipId());
                    refused.add(payslipId);
                    jdbc.update("update payslip set payment_refusal = ? where payslip_id = ?", rejection.reason(), payslipId);
                    log.warn("{}: payslip {} ({}) left unpaid: {}", messageId, payslipId, rejection.memberName(),
                            rejection.reason());
                }
                if (refused.size() == before) {
                    throw e;
                }
            }
        }

        String fileName = businessDate + "/salaries-" + paymentDate + ".xml";
        Money total = new Money((BigDecimal) expected.get("total"));
        int payers = (int) paid.stream().map(Unpaid::structure).distinct().count();
        Long fileId = jdbc.queryForObject("""
                insert into salary_payment_file (payment_date, file_name, transfers, control_sum, written_on, message_id, payers)
                values (?, ?, ?, ?, ?, ?, ?) returning file_id""", Long.class,
                paymentDate, fileName, paid.size(), total.amount(), businessDate, messageId, payers);
        int tied = jdbc.update("""
                update payslip set salary_payment_file_id = ?
                 where payslip_id = any(?) and salary_payment_file_id is null""", fileId, ids);
        if (tied != paid.size()) {
            throw new IllegalStateException(messageId + ": " + tied + " payslips tied to the file, " + paid.size() + " expected");
        }
        log.info("{} salary file {}: {} transfers, {} EUR", businessDate, fileName, paid.size(), total);
        return new Written(paymentDate, fileName, paid.size(), total);
    }

    private List<PaymentBatch> batches(String messageId, LocalDateTime createdAt, LocalDate paymentDate, List<Unpaid> paid) {
        Map<String, List<SalaryTransfer>> byPayer = new LinkedHashMap<>();
        for (Unpaid u : paid) {
            byPayer.computeIfAbsent(u.structure(), s -> new ArrayList<>()).add(new SalaryTransfer(
                    Long.toString(u.payslipId()), u.memberName(), u.iban(), u.amount(),
                    "Salary contract " + u.contractId() + " " + u.start().format(SHORT) + "-" + u.end().format(SHORT)));
        }
        List<PaymentBatch> batches = new ArrayList<>();
        byPayer.forEach((payer, transfers) -> batches.add(new PaymentBatch(messageId + "-" + payer, createdAt, paymentDate,
                debtors.forPayer(payer), transfers)));
        return batches;
    }

    /** The beginning of a file, where the group header is: the header comes before the first transfer. */
    private static String head(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] head = new char[HEAD];
            int n = in.read(head, 0, HEAD);
            return n < 0 ? "" : new String(head, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The group header must carry the count and the sum the database gives for the same payslips. */
    static void check(String messageId, String document, int count, BigDecimal sum) {
        Matcher header = GROUP_HEADER.matcher(document);
        if (!header.find()) {
            throw new IllegalStateException(messageId + ": no group header with count and control sum");
        }
        int fileCount = Integer.parseInt(header.group(1));
        BigDecimal fileSum = new BigDecimal(header.group(2));
        if (fileCount != count || fileSum.compareTo(sum) != 0) {
            throw new IllegalStateException(messageId + ": the file holds " + fileCount + " transfers for " + fileSum
                    + " EUR, the payslips " + count + " for " + sum + " EUR; nothing written");
        }
    }
}
