package be.coop.backoffice.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.StructuredCommunication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * receivablesJob on a real PostgreSQL: invoices unpaid, partly paid, paid after the date, credited,
 * credited after a payment (a credit balance), paid by a person from the suspense; the aged balance of 30 June 2017 and of the day before the
 * first invoice, written again after later payments to the same bytes.
 */
@SpringBootTest(classes = BackofficeApplication.class)
class ReceivablesJobTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2017, 6, 30);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        be.coop.backoffice.testing.TestDatabase.register(registry, "receivables_job");
    }

    @TempDir
    Path outbox;

    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job receivablesJob;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void books() {
        jdbc.execute("truncate suspense_allocation, payment, bank_statement_line, bank_statement, invoice_line, invoice,"
                + " client cascade");
        jdbc.update("""
                insert into client (client_id, name, kind, country, imported_on) values
                    ('C1', 'Client Un', 'PERSON', 'BE', '2017-01-02'),
                    ('C2', 'Client; Deux', 'PERSON', 'BE', '2017-01-02')""");
        invoice(1, "C1", "121.00", "2017-05-01", "2017-05-31", "OPEN");
        invoice(2, "C1", "200.00", "2017-03-01", "2017-03-31", "PARTIALLY_PAID");
        invoice(3, "C2", "300.00", "2017-06-15", "2017-07-15", "OPEN");
        invoice(4, "C2", "100.00", "2017-04-01", "2017-05-01", "PAID");
        invoice(5, "C2", "80.00", "2017-05-15", "2017-06-14", "CREDITED");
        invoice(6, "C1", "50.00", "2017-02-01", "2017-03-03", "PAID");
        jdbc.update("""
                insert into invoice (invoice_number, structure_code, year, number_in_year, kind, credited_invoice_id,
                                     client_id, issue_date, due_date, amount_excl_vat, vat_amount, amount_incl_vat,
                                     structured_communication, source_type, source_id, status, paid_amount, paid_on)
                select 'PA-2017-000007', 'PA', 2017, 7, 'CREDIT_NOTE', invoice_id, 'C2', '2017-06-20', '2017-06-20',
                       -80.00, 0, -80.00, ?, 'ACTIVITY', 'A1', 'PAID', -80.00, '2017-06-20'
                  from invoice where number_in_year = 5""", ref(7));
        jdbc.update("""
                insert into bank_statement (format, file_name, account, sequence_no, statement_date, old_balance,
                                            new_balance, imported_on)
                values ('CODA', 'a.cod', 'BE68539007547034', '1', '2017-04-09', 0, 225.00, '2017-04-10')""");
        // line 1: 50.00 on invoice 2, booked 10 April; line 2: invoice 4 paid in full, booked 5 July;
        // line 3: 50.00 in suspense on 20 May, sent to invoice 6 by a person on 1 June; line 4: 25.00 in suspense
        payment(1, 2, "50.00", "50.00", "0", "2017-04-09", "2017-04-10", "PARTIAL", null);
        payment(2, 4, "100.00", "100.00", "0", "2017-07-04", "2017-07-05", "MATCHED", null);
        payment(3, null, "50.00", "0", "50.00", "2017-05-19", "2017-05-20", "SUSPENSE", "2017-06-01");
        payment(4, null, "25.00", "0", "25.00", "2017-06-09", "2017-06-10", "SUSPENSE", null);
        // line 6: 30.00 on invoice 5, booked 1 June, before its credit note: the client is owed 30.00 back
        payment(6, 5, "30.00", "30.00", "0", "2017-05-31", "2017-06-01", "PARTIAL", null);
        jdbc.update("update invoice set paid_amount = 30.00 where number_in_year = 5");
        jdbc.update("""
                insert into suspense_allocation (statement_id, line_no, part_no, outcome, invoice_id, amount)
                select statement_id, 3, 1, 'INVOICE', (select invoice_id from invoice where number_in_year = 6), 50.00
                  from bank_statement""");
    }

    private static String ref(int n) {
        return StructuredCommunication.fromBase(1_170_000_000L + n).digits();
    }

    private void invoice(int n, String client, String amount, String issued, String due, String status) {
        jdbc.update("""
                insert into invoice (invoice_number, structure_code, year, number_in_year, kind, client_id, issue_date,
                                     due_date, amount_excl_vat, vat_amount, amount_incl_vat, structured_communication,
                                     source_type, source_id, status)
                values (?, 'PA', 2017, ?, 'INVOICE', ?, ?::date, ?::date, ?::numeric, 0, ?::numeric, ?, 'ACTIVITY', 'A1', ?)""",
                "PA-2017-%06d".formatted(n), n, client, issued, due, amount, amount, ref(n), status);
    }

    private void payment(int line, Integer invoice, String amount, String applied, String suspense, String valueDate,
                         String booked, String status, String resolvedOn) {
        jdbc.update("""
                insert into bank_statement_line (statement_id, line_no, value_date, amount)
                select statement_id, ?, ?::date, ?::numeric from bank_statement""", line, valueDate, amount);
        jdbc.update("""
                insert into payment (statement_id, line_no, invoice_id, amount, paid_on, status, business_date,
                                     applied_amount, suspense_amount, resolved_on, resolved_by)
                select statement_id, ?, (select invoice_id from invoice where number_in_year = ? and kind = 'INVOICE'),
                       ?::numeric, ?::date, ?, ?::date, ?::numeric, ?::numeric, ?::date,
                       case when ?::date is not null then 'finance' end
                  from bank_statement""",
                line, invoice, amount, valueDate, status, booked, applied, suspense, resolvedOn, resolvedOn);
    }

    private JobExecution run(LocalDate date) throws Exception {
        JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
        utils.setJob(receivablesJob);
        return utils.startJob(new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, date)
                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                .toJobParameters());
    }

    @Test
    void theOpenInvoicesOfADateAreAgedAsTheBooksStoodThatNight() throws Exception {
        JobExecution execution = run(JUNE_30);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path file = outbox.resolve("2017-06-30/aged-receivables.csv");
        assertThat(Files.readAllLines(file)).containsExactly(
                "client_id;client_name;open_invoices;not_due;overdue_1_30;overdue_31_60;overdue_61_90;overdue_over_90;"
                        + "total_open;oldest_due_date",
                "C1;Client Un;2;0.00;121.00;0.00;0.00;150.00;271.00;2017-03-31",
                "C2;\"Client; Deux\";3;300.00;-30.00;100.00;0.00;0.00;370.00;2017-05-01");
        assertThat(execution.getStepExecutions().iterator().next().getExitStatus().getExitDescription()).isEqualTo(
                "aged-receivables.csv: 5 open invoices of 2 clients, 641.00 owed (not_due 300.00, overdue_1_30 91.00,"
                        + " overdue_31_60 100.00, overdue_61_90 0.00, overdue_over_90 150.00); unapplied cash 25.00;"
                        + " average payment delay this year 30.4 days");

        // later nights pay invoice 1 and send the 25.00 back: written again, the report of 30 June is the same
        byte[] before = Files.readAllBytes(file);
        jdbc.update("update payment set resolved_on = '2017-07-10', resolved_by = 'finance' where line_no = 4");
        jdbc.update("""
                insert into suspense_allocation (statement_id, line_no, part_no, outcome, invoice_id, amount)
                select statement_id, 4, 1, 'REFUND', null, 25.00 from bank_statement""");
        payment(5, 1, "121.00", "121.00", "0", "2017-07-09", "2017-07-10", "MATCHED", null);
        jdbc.update("update invoice set status = 'PAID', paid_amount = 121.00 where number_in_year = 1");

        new AgedReceivablesTasklet(new NamedParameterJdbcTemplate(jdbc)).write(JUNE_30, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void beforeTheFirstInvoiceNothingIsOwed() throws Exception {
        JobExecution execution = run(LocalDate.of(2017, 1, 31));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readAllLines(outbox.resolve("2017-01-31/aged-receivables.csv"))).containsExactly(
                "client_id;client_name;open_invoices;not_due;overdue_1_30;overdue_31_60;overdue_61_90;overdue_over_90;"
                        + "total_open;oldest_due_date");
        assertThat(execution.getStepExecutions().iterator().next().getExitStatus().getExitDescription()).isEqualTo(
                "aged-receivables.csv: 0 open invoices of 0 clients, 0.00 owed (not_due 0.00, overdue_1_30 0.00,"
                        + " overdue_31_60 0.00, overdue_61_90 0.00, overdue_over_90 0.00); unapplied cash 0.00;"
                        + " average payment delay this year -");
    }
}
