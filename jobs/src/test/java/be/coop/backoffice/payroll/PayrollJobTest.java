package be.coop.backoffice.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.xml.SchemaCheck;
import be.coop.backoffice.testing.PayrollFixtures;
import be.coop.backoffice.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * payrollJob on a real PostgreSQL: exact payslips (two contracts of one student crossing the quota
 * in one chunk, a courier raised to the minimum, an Activity debited), one valid salary file per
 * payment date written the night before it, nothing paid twice.
 */
@SpringBootTest(classes = BackofficeApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayrollJobTest {

    static final SchemaCheck PAIN = new SchemaCheck("/xsd/sepa/pain.001.001.03.xsd");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "payroll_job");
    }

    @TempDir
    static Path outbox;

    @Autowired
    JobOperator jobOperator;
    @Autowired
    Job payrollJob;
    @Autowired
    JdbcTemplate jdbc;

    static JobParameters parameters(String date, Path outbox) {
        return new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, LocalDate.parse(date))
                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                .toJobParameters();
    }

    private JobExecution night(String date) throws Exception {
        return jobOperator.start(payrollJob, parameters(date, outbox));
    }

    private Map<String, Object> payslip(String contract) {
        return jdbc.queryForMap("""
                select gross_amount::text as gross, worker_contribution::text as contribution,
                       withholding_tax::text as withholding, net_amount::text as net, allowance::text as allowance,
                       amount_paid::text as paid, employer_costs::text as employer, payment_date::text as payment,
                       coalesce(flags, '') as flags, paid_hours::text as hours, student_hours_before::text as before
                  from payslip where contract_id = ?""", contract);
    }

    static Map<String, Object> expected(String gross, String contribution, String withholding, String net, String allowance,
                                        String paid, String employer, String payment, String flags, String hours,
                                        String before) {
        return Map.ofEntries(Map.entry("gross", gross), Map.entry("contribution", contribution),
                Map.entry("withholding", withholding), Map.entry("net", net), Map.entry("allowance", allowance),
                Map.entry("paid", paid), Map.entry("employer", employer), Map.entry("payment", payment),
                Map.entry("flags", flags), Map.entry("hours", hours), Map.entry("before", before));
    }

    @Test
    @Order(1)
    void wednesdayComputesThePayslipsOfTheWorkEndedExactlyOnce() throws Exception {
        PayrollFixtures f = new PayrollFixtures(jdbc).client()
                .member("M1", 1, new BigDecimal("15.00")).member("M2", 2, null).member("M3", 3, null)
                .activity("A1", "M1");
        f.contract("P1", "M1", "PA", "EMPLOYEE", "2017-03-06", "2017-03-08", 3, "24", "600.00", false, "A1", "2017-03-01");
        f.contract("P2B", "M2", "PI", "STUDENT", "2017-03-01", "2017-03-08", 8, "100", "1000.00", false, null, "2017-02-01");
        f.contract("P2A", "M2", "PI", "STUDENT", "2017-02-08", "2017-03-07", 28, "400", "4000.00", false, null, "2017-02-01");
        f.contract("P3", "M3", "PA", "EMPLOYEE", "2017-03-08", "2017-03-08", 1, "2", "20.00", true, null, "2017-03-01");
        f.contract("P4", "M1", "PA", "EMPLOYEE", "2017-03-09", "2017-03-09", 1, "8", "100.00", false, "A1", "2017-03-01");

        JobExecution execution = night("2017-03-08");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).filteredOn(s -> s.getStepName().equals("computePayslipsStep"))
                .singleElement().satisfies(s -> {
                    assertThat(s.getReadCount()).isEqualTo(4);
                    assertThat(s.getWriteCount()).isEqualTo(4);
                });
        assertThat(payslip("P2A")).isEqualTo(expected("4000.00", "108.40", "0.00", "3891.60", "0.00", "3891.60",
                "480.00", "2017-03-14", "", "400.00", "0.00"));
        assertThat(payslip("P2B")).isEqualTo(expected("1000.00", "53.01", "0.00", "946.99", "0.00", "946.99",
                "227.50", "2017-03-15", "STUDENT_QUOTA_EXCEEDED", "100.00", "400.00"));
        assertThat(payslip("P1")).isEqualTo(expected("600.00", "78.42", "78.24", "443.34", "0.00", "443.34",
                "330.00", "2017-03-15", "", "24.00", "0.00"));
        assertThat(payslip("P3")).isEqualTo(expected("29.64", "3.87", "2.83", "22.94", "2.50", "25.44",
                "16.30", "2017-03-15", "COURIER_CORRECTED", "3.00", "0.00"));
        assertThat(jdbc.queryForList("select kind || ' ' || amount from activity_ledger_entry order by entry_id",
                String.class)).containsExactly("SALARY -600.00", "EMPLOYER_COSTS -330.00");
        assertThat(Files.readAllLines(outbox.resolve("2017-03-08/payroll-report.csv"))).containsExactly(
                "issue;contract_id;member_id;payslip_id;detail",
                "COURIER_CORRECTED;P3;M3;" + id("P3") + ";gross raised by 9.64 EUR to the legal minimum for 3.00 paid hours",
                "STUDENT_QUOTA_EXCEEDED;P2B;M2;" + id("P2B") + ";25.00 hours beyond the yearly student quota"
                        + " (400.00 hours already worked in 2017)");
        assertThat(outbox.resolve("2017-03-08")).isDirectoryNotContaining("glob:**salaries-*");
    }

    private String id(String contract) {
        return jdbc.queryForObject("select payslip_id::text from payslip where contract_id = ?", String.class, contract);
    }

    @Test
    @Order(2)
    void eachPaymentDateGetsOneValidFileTheNightBeforeAndEveryPayslipIsPaidOnce() throws Exception {
        for (LocalDate date = LocalDate.parse("2017-03-09"); !date.isAfter(LocalDate.parse("2017-03-16"));
             date = date.plusDays(1)) {
            assertThat(night(date.toString()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }

        assertThat(jdbc.queryForList("select file_name || ' ' || transfers || ' ' || control_sum from salary_payment_file"
                + " order by payment_date", String.class)).containsExactly(
                "2017-03-13/salaries-2017-03-14.xml 1 3891.60",
                "2017-03-14/salaries-2017-03-15.xml 3 1415.77",
                "2017-03-15/salaries-2017-03-16.xml 1 73.89");
        String march15 = Files.readString(outbox.resolve("2017-03-14/salaries-2017-03-15.xml"));
        assertThat(PAIN.errors(march15)).isEmpty();
        assertThat(march15).contains("<MsgId>SAL-20170315</MsgId>").contains("<CtrlSum>1415.77</CtrlSum>")
                .contains("<PmtInfId>SAL-20170315-PA</PmtInfId>").contains("<PmtInfId>SAL-20170315-PI</PmtInfId>")
                .contains("<ReqdExctnDt>2017-03-15</ReqdExctnDt>");
        BigDecimal files = BigDecimal.ZERO;
        for (String name : jdbc.queryForList("select file_name from salary_payment_file", String.class)) {
            String xml = Files.readString(outbox.resolve(name));
            assertThat(PAIN.errors(xml)).isEmpty();
            files = files.add(new BigDecimal(xml.replaceAll("(?s).*?<GrpHdr>.*?<CtrlSum>([0-9.]+)</CtrlSum>.*", "$1")));
        }
        assertThat(files).isEqualByComparingTo(jdbc.queryForObject("select sum(net_amount + allowance) from payslip",
                BigDecimal.class)).isEqualByComparingTo("5381.26");
        assertThat(jdbc.queryForObject("select count(*) from payslip where salary_payment_file_id is null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from activity_ledger_entry", Integer.class)).isEqualTo(4);
    }

    @Test
    @Order(3)
    void workEncodedAfterItsPaymentDateIsPaidTheNextBusinessDayAndReported() throws Exception {
        new PayrollFixtures(jdbc).contract("P5", "M3", "PA", "ARTIST", "2017-03-01", "2017-03-01", 1, "8", "300.00",
                false, null, "2017-03-17");

        assertThat(night("2017-03-17").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(payslip("P5").get("payment")).isEqualTo("2017-03-20");
        assertThat(Files.readAllLines(outbox.resolve("2017-03-17/payroll-report.csv"))).containsExactly(
                "issue;contract_id;member_id;payslip_id;detail",
                "LATE_PAYMENT;P5;M3;" + id("P5") + ";due on 2017-03-08, paid on 2017-03-20 (work computed on 2017-03-17)");
        assertThat(night("2017-03-19").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outbox.resolve("2017-03-19/salaries-2017-03-20.xml")).exists();
    }

    @Test
    @Order(4)
    void aRunKilledAfterWritingAFileBeforeRecordingItRewritesTheSameFileAndPaysOnce() throws Exception {
        new PayrollFixtures(jdbc).contract("P6", "M1", "PA", "EMPLOYEE", "2017-03-20", "2017-03-20", 1, "8", "150.00",
                false, "A1", "2017-03-01");
        jdbc.execute("""
                create function refuse_file() returns trigger language plpgsql as $$
                begin raise exception 'simulated crash before the file is recorded'; end $$;
                create trigger crash before insert on salary_payment_file for each row execute function refuse_file();""");
        assertThat(night("2017-03-20").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(night("2017-03-26").getStatus()).isEqualTo(BatchStatus.FAILED);
        Path file = outbox.resolve("2017-03-26/salaries-2017-03-27.xml");
        byte[] firstAttempt = Files.readAllBytes(file);
        assertThat(jdbc.queryForObject("select count(*) from payslip where salary_payment_file_id is null", Integer.class))
                .isEqualTo(1);

        jdbc.execute("drop trigger crash on salary_payment_file");
        JobExecution restart = night("2017-03-26");

        assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restart.getStepExecutions()).extracting(s -> s.getStepName())
                .containsExactly("writeSalaryFilesStep", "writePayrollReportStep");
        assertThat(Files.readAllBytes(file)).isEqualTo(firstAttempt);
        assertThat(jdbc.queryForList("select count(*) from salary_payment_file where payment_date = '2017-03-27'",
                Integer.class)).containsExactly(1);
        assertThat(jdbc.queryForObject("select count(*) from payslip where salary_payment_file_id is null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select sum(control_sum) from salary_payment_file", BigDecimal.class))
                .isEqualByComparingTo(jdbc.queryForObject("select sum(amount_paid) from payslip", BigDecimal.class));
    }


    @Test
    @Order(5)
    void theYearsPayrollTablesCountEachWorkerOncePerRow() throws Exception {
        new PayrollFixtures(jdbc).contract("P7", "M3", "FA", "ARTIST_1BIS", "2017-03-27", "2017-03-27", 1, "8", "200.00",
                false, null, "2017-03-01");
        assertThat(night("2017-03-27").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        PayrollFigures figures = new PayrollFigures(jdbc);

        assertThat(figures.byContractType(2017)).containsExactly(
                new PayrollFigures.ByType("ALL", "all", 3, new BigDecimal("6379.64"), 44),
                new PayrollFigures.ByType("EMPLOYEE", "employee", 2, new BigDecimal("879.64"), 6),
                new PayrollFigures.ByType("STUDENT", "student", 1, new BigDecimal("5000.00"), 36),
                new PayrollFigures.ByType("ARTIST", "artist", 1, new BigDecimal("300.00"), 1),
                new PayrollFigures.ByType("ARTIST_1BIS", "artist 1er bis", 1, new BigDecimal("200.00"), 1),
                new PayrollFigures.ByType("ARTISTS_BOTH", "artists (both)", 1, new BigDecimal("500.00"), 2));
        assertThat(figures.byStructure(2017)).containsExactly(
                new PayrollFigures.ByStructure("PA", "Productions Associées", 2, 7),
                new PayrollFigures.ByStructure("FA", "Formateurs Associés", 1, 1),
                new PayrollFigures.ByStructure("PI", "Palais de l'Intérim", 1, 36),
                new PayrollFigures.ByStructure("ALL", "total", 3, 44));
        assertThat(figures.byContractType(2018)).extracting(PayrollFigures.ByType::workers).containsOnly(0L);
    }

    @Test
    @Order(6)
    void aContractWhoseEndIsAmendedBackBeforeTheNightsAlreadyComputedIsPaidOnce() throws Exception {
        PayrollFixtures f = new PayrollFixtures(jdbc);
        f.contract("P8", "M3", "PA", "EMPLOYEE", "2017-03-28", "2017-04-10", 2, "16", "400.00", false, null, "2017-03-01");
        for (LocalDate date = LocalDate.parse("2017-03-28"); date.isBefore(LocalDate.parse("2017-04-05"));
             date = date.plusDays(1)) {
            assertThat(night(date.toString()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        assertThat(jdbc.queryForObject("select count(*) from payslip where contract_id = 'P8'", Integer.class)).isZero();
        // the feed of 5 April shortens the contract: its work ended on 30 March, before the nights computed since
        f.amend("P8", "2017-03-28", "2017-03-30", "2017-04-05");

        assertThat(night("2017-04-05").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(night("2017-04-06").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("select period_end || ' ' || computed_on from payslip where contract_id = 'P8'",
                String.class)).containsExactly("2017-03-30 2017-04-05");
    }

    @Test
    @Order(7)
    void payslipsKeepTheirContractMemberAndSalaryFileForGood() {
        Map<String, Object> paid = jdbc.queryForMap("""
                select payslip_id, contract_id, member_id, salary_payment_file_id from payslip
                 where salary_payment_file_id is not null order by payslip_id limit 1""");
        Object payslip = paid.get("payslip_id");
        assertThatThrownBy(() -> jdbc.update("update payslip set salary_payment_file_id = -1 where payslip_id = ?", payslip))
                .hasMessageContaining("payslip.salary_payment_file_id -1: no salary_payment_file has file_id -1");
        assertThatThrownBy(() -> jdbc.update("update payslip set member_id = 'NOBODY' where payslip_id = ?", payslip))
                .hasMessageContaining("cannot be changed once written");
        assertThatThrownBy(() -> jdbc.update("delete from contract where contract_id = ?", paid.get("contract_id")))
                .hasMessageContaining("contract " + paid.get("contract_id") + " cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("delete from member where member_id = ?", paid.get("member_id")))
                .hasMessageContaining("member " + paid.get("member_id") + " cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("delete from salary_payment_file where file_id = ?",
                paid.get("salary_payment_file_id"))).hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("""
                insert into dimona_declaration (contract_id, kind, start_date, end_date, created_on, contract_version,
                                                structure_code, worker_niss, worker_type, joint_committee)
                values ('NO-SUCH-CONTRACT', 'IN', '2017-03-01', '2017-03-01', '2017-03-01', 1, 'PA', '85073003328',
                        'OTH', 200)""")).hasMessageContaining(
                "dimona_declaration.contract_id NO-SUCH-CONTRACT: no contract has contract_id NO-SUCH-CONTRACT");
        // the payment's own columns stay writable
        assertThat(jdbc.update("update payslip set payment_refusal = payment_refusal where payslip_id = ?", payslip))
                .isEqualTo(1);
    }

    @Test
    @Order(8)
    void anUnpaidPayslipIsNeverLeftWithAPaymentDateWhoseFileIsWritten() {
        Map<String, Object> paid = jdbc.queryForMap("""
                select payslip_id, contract_id, payment_date from payslip
                 where salary_payment_file_id is not null order by payslip_id limit 1""");
        Object payslip = paid.get("payslip_id");
        String lastWritten = jdbc.queryForObject("select max(payment_date)::text from salary_payment_file", String.class);
        String refusal = "payslip " + payslip + " of contract " + paid.get("contract_id") + ": payment date ";

        assertThatThrownBy(() -> jdbc.update("update payslip set salary_payment_file_id = null where payslip_id = ?", payslip))
                .hasMessageContaining(refusal + paid.get("payment_date") + " is not after " + lastWritten
                        + ", the date of the last salary file written");
        // the bank refused the transfer: unpaid, on the report, whatever its date
        assertThat(jdbc.update("update payslip set salary_payment_file_id = null, payment_refusal = 'account closed'"
                + " where payslip_id = ?", payslip)).isEqualTo(1);
        // released from the refusal, it must be paid on a date whose file is still to be written
        assertThatThrownBy(() -> jdbc.update("update payslip set payment_refusal = null where payslip_id = ?", payslip))
                .hasMessageContaining(refusal + paid.get("payment_date") + " is not after " + lastWritten);
        assertThat(jdbc.update("update payslip set payment_refusal = null, payment_date = ?::date + 3 where payslip_id = ?",
                lastWritten, payslip)).isEqualTo(1);
    }
}
