package be.coop.backoffice.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * invoicingJob on a real PostgreSQL over a fixture of one sale per rule: every VAT treatment, both
 * tools, the three structures, a fee-exempt sale, a refused sale, a sale cancelled before it was
 * invoiced; then a credit note the next day.
 */
@SpringBootTest(classes = BackofficeApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoicingJobTest {

    private static final LocalDate MARCH_14 = LocalDate.of(2017, 3, 14);
    private static final LocalDate MARCH_15 = LocalDate.of(2017, 3, 15);
    private static final String HEADER = "invoice_number;kind;structure;client_id;issue_date;due_date;amount_excl_vat;"
            + "vat_amount;amount_incl_vat;vat_treatment;structured_communication;source_type;source_id;sale_id;"
            + "credited_invoice_number";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "invoicing_job");
        // several chunks a run, so numbering across chunks is exercised
        registry.add("backoffice.invoicing.chunk-size", () -> "3");
    }

    @TempDir
    static Path outbox;

    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job invoicingJob;
    @Autowired
    JdbcTemplate jdbc;

    private JobExecution invoice(LocalDate date) throws Exception {
        JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
        utils.setJob(invoicingJob);
        return utils.startJob(new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, date)
                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                .toJobParameters());
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private void fixture() {
        jdbc.update("""
                insert into member (member_id, niss, last_name, first_name, birth_date, iban, office_code, imported_on)
                values ('M1', '85073003328', 'Peeters', 'Anna', '1985-07-30', 'BE68539007547034', 'BRUXELLES', '2017-01-02'),
                       ('M2', '79012300303', 'Martin', 'Claire', '1979-01-23', 'BE68539007547034', 'NO_OFFICE', '2017-01-02'),
                       ('M3', '92031412154', 'Janssens', 'Tom', '1992-03-14', 'BE68539007547034', 'LIEGE', '2017-01-02')""");
        jdbc.update("""
                insert into activity (activity_id, member_id, name, structure_code, office_code, opened_on, imported_on)
                values ('A_PA', 'M1', 'photography', 'PA', 'BRUXELLES', '2017-01-02', '2017-01-02'),
                       ('A_FA', 'M2', 'training', 'FA', 'NO_OFFICE', '2017-01-02', '2017-01-02')""");
        jdbc.update("""
                insert into client (client_id, name, kind, country, enterprise_number, vat_number, payment_terms_days,
                                    imported_on)
                values ('C_BE_BIZ', 'Théâtre du Parc', 'BUSINESS', 'BE', '0403703508', null, 30, '2017-01-02'),
                       ('C_BE_PERSON', 'Jean Dupont', 'PERSON', 'BE', null, null, 15, '2017-01-02'),
                       ('C_FR_BIZ', 'Compagnie des Arts', 'BUSINESS', 'FR', null, 'FR40303265045', 30, '2017-01-02'),
                       ('C_US_BIZ', 'Broadway Inc', 'BUSINESS', 'US', null, null, 60, '2017-01-02')""");
        jdbc.update("""
                insert into client (client_id, name, kind, country, imported_on)
                values ('C_FR_PERSON', 'Marie Curie', 'PERSON', 'FR', '2017-01-02')""");
        jdbc.update("""
                insert into contract (contract_id, member_id, structure_code, contract_type, joint_committee, start_date,
                                      end_date, days_worked, hours_worked, gross_amount, client_id, office_code, encoded_on)
                values ('K1', 'M3', 'PA', 'EMPLOYEE', 200, '2017-03-12', '2017-03-12', 1, 7.6, 160.50, 'C_BE_BIZ',
                        'LIEGE', '2017-03-10'),
                       ('K2', 'M3', 'PI', 'EMPLOYEE', 200, '2017-03-13', '2017-03-13', 1, 7.6, 120.00, 'C_BE_PERSON',
                        'LIEGE', '2017-03-10')""");
        jdbc.update("""
                insert into sale (sale_id, source_type, activity_id, contract_id, client_id, amount_excl_vat, vat_regime,
                                  sale_date, fee_exempt, description, imported_on)
                values ('S01', 'ACTIVITY', 'A_PA', null, 'C_BE_BIZ', 1250.00, 'STANDARD', '2017-03-14', false,
                        'Photo reportage', '2017-03-14'),
                       ('S02', 'ACTIVITY', 'A_PA', null, 'C_FR_BIZ', 800.00, 'STANDARD', '2017-03-13', false, null,
                        '2017-03-14'),
                       ('S03', 'ACTIVITY', 'A_PA', null, 'C_FR_PERSON', 0.50, 'STANDARD', '2017-03-14', false, null,
                        '2017-03-14'),
                       ('S04', 'ACTIVITY', 'A_PA', null, 'C_US_BIZ', 100.00, 'STANDARD', '2017-03-10', false, null,
                        '2017-03-14'),
                       ('S05', 'ACTIVITY', 'A_PA', null, 'C_BE_PERSON', 33.33, 'REDUCED', '2017-03-14', false, 'Book',
                        '2017-03-14'),
                       ('S06', 'ACTIVITY', 'A_PA', null, 'C_BE_BIZ', 310.00, 'STANDARD', '2017-03-14', true,
                        'Budget transfer', '2017-03-14'),
                       ('S07', 'ACTIVITY', 'A_FA', null, 'C_BE_BIZ', 600.00, 'EXEMPT', '2017-03-14', false,
                        'Training day', '2017-03-14'),
                       ('S08', 'ACTIVITY', 'A_PA', null, 'C_BE_BIZ', 50.00, 'EXEMPT', '2017-03-14', false, null,
                        '2017-03-14'),
                       ('S09', 'CONTRACT', null, 'K1', 'C_BE_BIZ', 262.40, 'STANDARD', '2017-03-12', false, null,
                        '2017-03-14'),
                       ('S10', 'CONTRACT', null, 'K2', 'C_BE_PERSON', 160.50, 'REDUCED', '2017-03-13', false, null,
                        '2017-03-14'),
                       ('S12', 'ACTIVITY', 'A_PA', null, 'C_BE_PERSON', 420.00, 'STANDARD', '2017-03-15', false, null,
                        '2017-03-15')""");
        jdbc.update("""
                insert into sale (sale_id, source_type, activity_id, client_id, amount_excl_vat, vat_regime, sale_date,
                                  imported_on, status, cancelled_on)
                values ('S11', 'ACTIVITY', 'A_PA', 'C_BE_BIZ', 99.00, 'STANDARD', '2017-03-13', '2017-03-13',
                        'CANCELLED', '2017-03-14')""");
    }

    private List<String> invoices(String where) {
        return jdbc.queryForList("""
                select i.invoice_number || ' ' || l.sale_id || ' ' || i.kind || ' ' || i.client_id || ' '
                       || i.due_date || ' ' || i.amount_excl_vat || ' ' || l.vat_treatment || ' ' || l.vat_rate || ' '
                       || i.vat_amount || ' ' || i.amount_incl_vat || ' ' || i.structured_communication || ' ' || i.status
                  from invoice i join invoice_line l using (invoice_id)
                """ + " where " + where + " order by i.invoice_number", String.class);
    }

    @Test
    @Order(1)
    void aDayOfSalesBecomesInvoicesNumberedPerStructureWithTheirVatDueDateAndCommunication() throws Exception {
        fixture();

        JobExecution execution = invoice(MARCH_14);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution issue = step(execution, "issueDocumentsStep");
        assertThat(issue.getReadCount()).isEqualTo(10);   // S01-S10; not S11 (cancelled), not S12 (tomorrow)
        assertThat(issue.getWriteCount()).isEqualTo(10);
        assertThat(issue.getExitStatus().getExitDescription()).isEqualTo("9 documents issued, 1 sales refused");
        // FA, PA, PI each from 1; within a structure by sale date, then sale id
        assertThat(invoices("true")).containsExactly(
                "FA-2017-000001 S07 INVOICE C_BE_BIZ 2017-04-13 600.00 EXEMPT_TRAINING 0.0000 0.00 600.00 317000000137 OPEN",
                "PA-2017-000001 S04 INVOICE C_US_BIZ 2017-05-13 100.00 EXPORT 0.0000 0.00 100.00 117000000166 OPEN",
                "PA-2017-000002 S09 INVOICE C_BE_BIZ 2017-04-13 262.40 BE_21 0.2100 55.10 317.50 117000000267 OPEN",
                "PA-2017-000003 S02 INVOICE C_FR_BIZ 2017-04-13 800.00 REVERSE_CHARGE 0.0000 0.00 800.00 117000000368 OPEN",
                "PA-2017-000004 S01 INVOICE C_BE_BIZ 2017-04-13 1250.00 BE_21 0.2100 262.50 1512.50 117000000469 OPEN",
                "PA-2017-000005 S03 INVOICE C_FR_PERSON 2017-04-13 0.50 BE_21 0.2100 0.11 0.61 117000000570 OPEN",
                "PA-2017-000006 S05 INVOICE C_BE_PERSON 2017-03-29 33.33 BE_6 0.0600 2.00 35.33 117000000671 OPEN",
                "PA-2017-000007 S06 INVOICE C_BE_BIZ 2017-04-13 310.00 BE_21 0.2100 65.10 375.10 117000000772 OPEN",
                "PI-2017-000001 S10 INVOICE C_BE_PERSON 2017-03-29 160.50 BE_6 0.0600 9.63 170.13 217000000103 OPEN");
        assertThat(jdbc.queryForList("select structure_code || ' ' || year || ' ' || last_number"
                + " from invoice_number_counter order by 1", String.class))
                .containsExactly("FA 2017 1", "PA 2017 7", "PI 2017 1");
        assertThat(jdbc.queryForMap("select sale_id, reason from invoicing_reject where business_date = '2017-03-14'"))
                .isEqualTo(Map.of("sale_id", "S08", "reason",
                        "vat_regime EXEMPT is for training invoiced by Formateurs Associés, not by structure PA"));
    }

    @Test
    @Order(2)
    void theActivityLedgerGetsTheTurnoverAndTheFeeAndEveryInvoiceCarriesItsFee() {
        assertThat(jdbc.queryForList("""
                select source_id || ' ' || activity_id || ' ' || kind || ' ' || amount || ' ' || entry_date
                  from activity_ledger_entry order by source_id, kind desc""", String.class)).containsExactly(
                "FA-2017-000001 A_FA TURNOVER 600.00 2017-03-14",
                "FA-2017-000001 A_FA MUTUALISED_FEE -39.00 2017-03-14",
                "PA-2017-000001 A_PA TURNOVER 100.00 2017-03-14",
                "PA-2017-000001 A_PA MUTUALISED_FEE -6.50 2017-03-14",
                "PA-2017-000003 A_PA TURNOVER 800.00 2017-03-14",
                "PA-2017-000003 A_PA MUTUALISED_FEE -52.00 2017-03-14",
                "PA-2017-000004 A_PA TURNOVER 1250.00 2017-03-14",
                "PA-2017-000004 A_PA MUTUALISED_FEE -81.25 2017-03-14",
                "PA-2017-000005 A_PA TURNOVER 0.50 2017-03-14",
                "PA-2017-000005 A_PA MUTUALISED_FEE -0.03 2017-03-14",      // 0.0325
                "PA-2017-000006 A_PA TURNOVER 33.33 2017-03-14",
                "PA-2017-000006 A_PA MUTUALISED_FEE -2.17 2017-03-14",      // 2.16645
                "PA-2017-000007 A_PA TURNOVER 310.00 2017-03-14");          // fee-exempt: no fee
        // every invoice carries its fee; Contracts have no Activity, so it is their only record
        assertThat(jdbc.queryForList("""
                select invoice_number || ' ' || source_type || ' ' || source_id || ' ' || amount_excl_vat
                       || ' ' || fee_exempt || ' ' || fee_rate || ' ' || fee_amount
                  from invoice order by invoice_number""", String.class))
                .containsExactly(
                        "FA-2017-000001 ACTIVITY A_FA 600.00 false 0.06500 39.00",
                        "PA-2017-000001 ACTIVITY A_PA 100.00 false 0.06500 6.50",
                        "PA-2017-000002 CONTRACT K1 262.40 false 0.06500 17.06",
                        "PA-2017-000003 ACTIVITY A_PA 800.00 false 0.06500 52.00",
                        "PA-2017-000004 ACTIVITY A_PA 1250.00 false 0.06500 81.25",
                        "PA-2017-000005 ACTIVITY A_PA 0.50 false 0.06500 0.03",
                        "PA-2017-000006 ACTIVITY A_PA 33.33 false 0.06500 2.17",
                        "PA-2017-000007 ACTIVITY A_PA 310.00 true 0.06500 0.00",
                        "PI-2017-000001 CONTRACT K2 160.50 false 0.06500 10.43");
    }

    @Test
    @Order(3)
    void theRegisterListsTheDaysInvoicesAndTheSummaryTheirTotals() throws Exception {
        assertThat(Files.readAllLines(outbox.resolve("2017-03-14/invoices.csv"))).containsExactly(
                HEADER,
                "FA-2017-000001;INVOICE;FA;C_BE_BIZ;2017-03-14;2017-04-13;600.00;0.00;600.00;EXEMPT_TRAINING;+++317/0000/00137+++;ACTIVITY;A_FA;S07;",
                "PA-2017-000001;INVOICE;PA;C_US_BIZ;2017-03-14;2017-05-13;100.00;0.00;100.00;EXPORT;+++117/0000/00166+++;ACTIVITY;A_PA;S04;",
                "PA-2017-000002;INVOICE;PA;C_BE_BIZ;2017-03-14;2017-04-13;262.40;55.10;317.50;BE_21;+++117/0000/00267+++;CONTRACT;K1;S09;",
                "PA-2017-000003;INVOICE;PA;C_FR_BIZ;2017-03-14;2017-04-13;800.00;0.00;800.00;REVERSE_CHARGE;+++117/0000/00368+++;ACTIVITY;A_PA;S02;",
                "PA-2017-000004;INVOICE;PA;C_BE_BIZ;2017-03-14;2017-04-13;1250.00;262.50;1512.50;BE_21;+++117/0000/00469+++;ACTIVITY;A_PA;S01;",
                "PA-2017-000005;INVOICE;PA;C_FR_PERSON;2017-03-14;2017-04-13;0.50;0.11;0.61;BE_21;+++117/0000/00570+++;ACTIVITY;A_PA;S03;",
                "PA-2017-000006;INVOICE;PA;C_BE_PERSON;2017-03-14;2017-03-29;33.33;2.00;35.33;BE_6;+++117/0000/00671+++;ACTIVITY;A_PA;S05;",
                "PA-2017-000007;INVOICE;PA;C_BE_BIZ;2017-03-14;2017-04-13;310.00;65.10;375.10;BE_21;+++117/0000/00772+++;ACTIVITY;A_PA;S06;",
                "PI-2017-000001;INVOICE;PI;C_BE_PERSON;2017-03-14;2017-03-29;160.50;9.63;170.13;BE_6;+++217/0000/00103+++;CONTRACT;K2;S10;");
        assertThat(Files.readAllLines(outbox.resolve("2017-03-14/invoicing-rejects.csv"))).containsExactly(
                "sale_id;reason",
                "S08;vat_regime EXEMPT is for training invoiced by Formateurs Associés, not by structure PA");
        JobExecution last = jobRepository.getLastJobExecution("invoicingJob",
                new JobParametersBuilder().addLocalDate(NightlyParameters.BUSINESS_DATE, MARCH_14).toJobParameters());
        assertThat(step(last, "writeInvoiceRegisterStep").getExitStatus().getExitDescription()).isEqualTo(
                "invoices.csv: 9 invoices, 0 credit notes, 1 sale refused;"
                        + " excl. VAT 3516.73, VAT 394.44, incl. VAT 3911.17");
    }

    @Test
    @Order(4)
    void aCancelledInvoicedSaleIsCreditedWithTheNextNumberAndItsLedgerReversed() throws Exception {
        jdbc.update("update sale set status = 'CANCELLED', cancelled_on = '2017-03-15' where sale_id = 'S01'");

        JobExecution execution = invoice(MARCH_15);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // the credit note comes first in its structure's order, then the day's new sale
        assertThat(invoices("i.issue_date = '2017-03-15'")).containsExactly(
                "PA-2017-000008 S01 CREDIT_NOTE C_BE_BIZ 2017-03-15 -1250.00 BE_21 0.2100 -262.50 -1512.50 117000000873 PAID",
                "PA-2017-000009 S12 INVOICE C_BE_PERSON 2017-03-30 420.00 BE_21 0.2100 88.20 508.20 117000000974 OPEN");
        assertThat(jdbc.queryForMap("""
                select c.invoice_number as credited, c.status from invoice n join invoice c on c.invoice_id = n.credited_invoice_id
                 where n.invoice_number = 'PA-2017-000008'""")).isEqualTo(
                Map.of("credited", "PA-2017-000004", "status", "CREDITED"));
        assertThat(jdbc.queryForList("""
                select kind || ' ' || amount from activity_ledger_entry
                 where source_id = 'PA-2017-000008' order by kind""", String.class))
                .containsExactly("MUTUALISED_FEE 81.25", "TURNOVER -1250.00");
        assertThat(jdbc.queryForObject("""
                select sum(amount) from activity_ledger_entry
                 where source_id in ('PA-2017-000004', 'PA-2017-000008')""", String.class)).isEqualTo("0.00");
        assertThat(jdbc.queryForObject("select fee_amount from invoice where invoice_number = 'PA-2017-000008'",
                String.class)).isEqualTo("-81.25");
        assertThat(Files.readAllLines(outbox.resolve("2017-03-15/invoices.csv"))).containsExactly(
                HEADER,
                "PA-2017-000008;CREDIT_NOTE;PA;C_BE_BIZ;2017-03-15;2017-03-15;-1250.00;-262.50;-1512.50;BE_21;+++117/0000/00873+++;ACTIVITY;A_PA;S01;PA-2017-000004",
                "PA-2017-000009;INVOICE;PA;C_BE_PERSON;2017-03-15;2017-03-30;420.00;88.20;508.20;BE_21;+++117/0000/00974+++;ACTIVITY;A_PA;S12;");
        assertThat(step(execution, "writeInvoiceRegisterStep").getExitStatus().getExitDescription()).isEqualTo(
                "invoices.csv: 1 invoice, 1 credit note, 1 sale refused;"
                        + " excl. VAT -830.00, VAT -174.30, incl. VAT -1004.30");
    }

    @Test
    @Order(5)
    void everyItemIsInvoicedOnceEverAndAnInvoicedDateIsNotRunTwice() throws Exception {
        assertThatThrownBy(() -> invoice(MARCH_15)).isInstanceOf(JobInstanceAlreadyCompleteException.class);

        JobExecution quietDay = invoice(LocalDate.of(2017, 3, 16));

        assertThat(quietDay.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(quietDay, "issueDocumentsStep").getReadCount()).isEqualTo(1); // S08, refused again
        assertThat(Files.readAllLines(outbox.resolve("2017-03-16/invoices.csv"))).containsExactly(HEADER);
        assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class)).isEqualTo(11);
        assertThat(jdbc.queryForObject("select count(*) from invoice_line where sale_id in ('S08', 'S11')",
                Integer.class)).isZero();
    }

    @Test
    @Order(6)
    void theRegistersWrittenAsTheRunsWentAreThoseTheDatabaseGives(@TempDir Path fromDatabase) throws Exception {
        for (LocalDate date : List.of(MARCH_14, MARCH_15, LocalDate.of(2017, 3, 16))) {
            Path written = outbox.resolve(date + "/invoices.csv");
            Path again = fromDatabase.resolve(date + ".csv");

            InvoiceRegisterTasklet.writeFromDatabase(jdbc, again, date);

            assertThat(Files.readAllBytes(written)).as("register of %s", date).isEqualTo(Files.readAllBytes(again));
        }
        assertThat(jobRepository.getJobInstances("invoicingJob", 0, 10)).hasSize(3).allSatisfy(instance ->
                assertThat(jobRepository.getLastStepExecution(instance, "writeInvoiceRegisterStep").getExecutionContext()
                        .getString(InvoiceRegisterTasklet.REGISTER_SOURCE)).as("%s", instance).isEqualTo("run"));
        // the runs' invoicing lock went with them, not back into the pool with a connection
        assertThat(jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory'", Integer.class))
                .isZero();
    }

    @Test
    @Order(7)
    void invoicesKeepTheirSaleClientAndActivityForGood() {
        long invoice = jdbc.queryForObject("select min(invoice_id) from invoice", Long.class);
        String sale = jdbc.queryForObject("select sale_id from invoice_line where invoice_id = ?", String.class, invoice);
        assertThatThrownBy(() -> jdbc.update("""
                insert into invoice_line (invoice_id, line_no, sale_id, amount_excl_vat, vat_treatment, vat_rate, vat_amount)
                values (?, 2, 'NO-SUCH-SALE', 1.00, 'BE_21', 0.21, 0.21)""", invoice))
                .hasMessageContaining("invoice_line.sale_id NO-SUCH-SALE: no sale has sale_id NO-SUCH-SALE");
        assertThatThrownBy(() -> jdbc.update("update invoice_line set invoice_id = -1 where invoice_id = ?", invoice))
                .hasMessageContaining("invoice_line.invoice_id -1: no invoice has invoice_id -1");
        assertThatThrownBy(() -> jdbc.update("delete from sale where sale_id = ?", sale))
                .hasMessageContaining("sale " + sale + " cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("update sale set sale_id = 'S99' where sale_id = ?", sale))
                .hasMessageContaining("sale " + sale + " cannot be given another sale_id");
        assertThatThrownBy(() -> jdbc.update("delete from invoice where invoice_id = ?", invoice))
                .hasMessageContaining("invoice " + invoice + " cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("update invoice set client_id = 'C2' where invoice_id = ?", invoice))
                .hasMessageContaining("invoice.client_id cannot be changed once written");
        assertThatThrownBy(() -> jdbc.update("delete from client where client_id in (select client_id from invoice)"))
                .hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("delete from activity where activity_id in "
                + "(select activity_id from activity_ledger_entry)")).hasMessageContaining("cannot be deleted");
        // the status and paid amounts stay writable: payments mark invoices paid
        assertThat(jdbc.update("update invoice set paid_on = paid_on where invoice_id = ?", invoice)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from invoice_line where sale_id = 'NO-SUCH-SALE'", Integer.class))
                .isZero();
    }
}
