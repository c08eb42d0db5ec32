package be.coop.backoffice.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import be.coop.backoffice.sample.payments.Camt053Writer;
import be.coop.backoffice.sample.payments.CodaWriter;
import be.coop.backoffice.sample.payments.SimulatedStatement;
import be.coop.backoffice.sample.payments.SimulatedStatement.Movement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
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
 * paymentsJob on a real PostgreSQL over three days: the public CODA sample and statements written
 * with the simulator's writers paying fixture invoices, a refused file beside good ones, a
 * re-delivered statement, a broken balance chain, and a run that dies in the middle of a day.
 */
@SpringBootTest(classes = BackofficeApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentsJobTest {

    private static final String OUR_CODA_ACCOUNT = Iban.belgian(12_345_678L).value();
    private static final String OUR_CAMT_ACCOUNT = Iban.belgian(7_350_123_456L).value();
    private static final String OTHER_ACCOUNT = Iban.belgian(3_630_000_001L).value();
    private static final String DOLLAR_ACCOUNT = Iban.belgian(3_630_000_102L).value();
    private static final String SAVINGS_ACCOUNT = Iban.belgian(3_630_000_203L).value();
    private static final String LEGACY_ACCOUNT = Iban.belgian(3_630_000_304L).value();
    private static final String C1_IBAN = Iban.belgian(1_430_000_011L).value();
    private static final String C2_IBAN = Iban.belgian(3_101_234_567L).value();
    private static final String STRANGER_IBAN = Iban.belgian(9_790_000_002L).value();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        be.coop.backoffice.testing.TestDatabase.register(registry, "payments_job");
    }

    @TempDir
    static Path inbox;
    @TempDir
    static Path outbox;

    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job paymentsJob;
    @Autowired
    JdbcTemplate jdbc;

    static String ref(int n) {
        return StructuredCommunication.fromBase(1_700_000_000L + n).digits();
    }

    @BeforeAll
    static void statements() throws IOException {
        LocalDate d1 = LocalDate.of(2017, 3, 15);
        Path day1 = Files.createDirectories(inbox.resolve("2017-03-15"));
        copy("statements/coda/sample1.cod", day1.resolve("sample1.cod"));
        copy("statements/coda/sample5.cod", day1.resolve("broken.cod"));
        Files.write(day1.resolve("payments-a.cod"), CodaWriter.write(new SimulatedStatement(OUR_CODA_ACCOUNT, "COOP",
                "GEBABEBB", 74, d1, d1.minusDays(1), Money.parse("1000.00"), List.of(
                        credit("121.00", sc(1), "", C1_IBAN),
                        credit("200.00", null, "Facture PA 2017 2", C2_IBAN),
                        credit("200.00", null, "", C2_IBAN),
                        credit("50.00", sc(5), "", C2_IBAN),
                        credit("450.00", null, "solde " + sc(2).formatted(), C2_IBAN),
                        new Movement(Money.parse("-18.15"), d1, null, "Frais de gestion", "", "", "", "FEES")))));
        List<String> records = Files.readAllLines(day1.resolve("payments-a.cod"), CodaWriter.CHARSET);
        Files.write(day1.resolve("cut.cod"), records.subList(0, 5), CodaWriter.CHARSET);
        Files.write(day1.resolve("camt-b.xml"), Camt053Writer.write(new SimulatedStatement(OUR_CAMT_ACCOUNT, "COOP",
                "KREDBEBB", 74, d1, d1.minusDays(1), Money.parse("500.00"), List.of(
                        credit("300.00", sc(7), "", C2_IBAN),
                        credit("10.00", null, "merci", STRANGER_IBAN)))));

        LocalDate d2 = LocalDate.of(2017, 3, 16);
        Path day2 = Files.createDirectories(inbox.resolve("2017-03-16"));
        copy("statements/coda/sample1.cod", day2.resolve("sample1-again.cod"));
        // the old balance should be 2002.85, the new balance of statement 74
        Files.write(day2.resolve("payments-c.cod"), CodaWriter.write(new SimulatedStatement(OUR_CODA_ACCOUNT, "COOP",
                "GEBABEBB", 75, d2, d1, Money.parse("1000.00"), List.of(
                        credit("200.00", null, "PA-2017-000003", C2_IBAN)))));
        // two accounts in one file, the first kept in dollars
        String dollars = CodaWriter.text(new SimulatedStatement(DOLLAR_ACCOUNT, "COOP", "GEBABEBB", 9, d2, d1,
                Money.parse("70.00"), List.of(credit("30.00", null, "invoice", STRANGER_IBAN)))).replace("EUR", "USD");
        String euros = CodaWriter.text(new SimulatedStatement(SAVINGS_ACCOUNT, "COOP", "GEBABEBB", 9, d2, d1,
                Money.parse("0.00"), List.of(credit("15.00", null, "merci", STRANGER_IBAN))));
        Files.writeString(day2.resolve("x-two-accounts.cod"), dollars + euros, CodaWriter.CHARSET);
        // a camt statement that also lists an entry still pending, which is not in its balances
        String camt = new String(Camt053Writer.write(new SimulatedStatement(SAVINGS_ACCOUNT, "COOP", "KREDBEBB", 10, d2,
                d2, Money.parse("15.00"), List.of(credit("5.00", null, "merci", STRANGER_IBAN)))), StandardCharsets.UTF_8);
        Files.writeString(day2.resolve("y-pending.xml"), camt.replace("</Stmt>", "<Ntry><Amt Ccy=\"EUR\">99.00</Amt>"
                + "<CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts><BookgDt><Dt>2017-03-16</Dt></BookgDt></Ntry>\n</Stmt>"));

        LocalDate d3 = LocalDate.of(2017, 3, 17);
        Path day3 = Files.createDirectories(inbox.resolve("2017-03-17"));
        Files.write(day3.resolve("a-ok.cod"), CodaWriter.write(new SimulatedStatement(OUR_CODA_ACCOUNT, "COOP",
                "GEBABEBB", 76, d3, d2, Money.parse("1200.00"), List.of(credit("200.00", sc(4), "", C2_IBAN)))));
        Files.write(day3.resolve("b-crash.cod"), CodaWriter.write(new SimulatedStatement(OTHER_ACCOUNT, "COOP",
                "GEBABEBB", 1, d3, d2, Money.parse("0.00"), List.of(credit("25.00", null, "merci", STRANGER_IBAN)))));
    }

    private static StructuredCommunication sc(int n) {
        return StructuredCommunication.parse(ref(n));
    }

    private static Movement credit(String amount, StructuredCommunication structured, String text, String iban) {
        return new Movement(Money.parse(amount), LocalDate.of(2017, 3, 14), structured, text, iban, "Client", "GKCCBEBB",
                "R" + amount);
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = PaymentsJobTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    private void fixtures() {
        jdbc.update("""
                insert into client (client_id, name, kind, country, iban, imported_on) values
                    ('C1', 'Client Un', 'PERSON', 'BE', ?, '2017-01-02'),
                    ('C2', 'Client Deux', 'PERSON', 'BE', ?, '2017-01-02')""", C1_IBAN, C2_IBAN);
        Object[][] invoices = {
                {1, "C1", "121.00", "OPEN", "0"}, {2, "C2", "605.00", "OPEN", "0"}, {3, "C2", "200.00", "OPEN", "0"},
                {4, "C2", "200.00", "OPEN", "0"}, {5, "C2", "50.00", "PAID", "50.00"}, {6, "C1", "5.00", "OPEN", "0"},
                {7, "C2", "300.00", "OPEN", "0"}};
        for (Object[] i : invoices) {
            int n = (Integer) i[0];
            jdbc.update("""
                    insert into invoice (invoice_number, structure_code, year, number_in_year, kind, client_id, issue_date,
                                         due_date, amount_excl_vat, vat_amount, amount_incl_vat, structured_communication,
                                         source_type, source_id, status, paid_amount, paid_on)
                    values (?, 'PA', 2017, ?, 'INVOICE', ?, '2017-02-01', '2017-03-03', ?::numeric, 0, ?::numeric, ?,
                            'ACTIVITY', 'A1', ?, ?::numeric, case when ? = 'PAID' then date '2017-03-01' end)""",
                    String.format("PA-2017-%06d", n), n, i[1], i[2], i[2], ref(n), i[3], i[4], i[3]);
        }
    }

    private JobExecution run(String date) throws Exception {
        JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
        utils.setJob(paymentsJob);
        return utils.startJob(new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, LocalDate.parse(date))
                .addString(NightlyParameters.INBOX, inbox.toString(), false)
                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                .toJobParameters());
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private Map<String, Object> invoice(int n) {
        return jdbc.queryForMap("select status, paid_amount::text as paid, paid_on::text as paid_on from invoice"
                + " where invoice_number = ?", String.format("PA-2017-%06d", n));
    }

    /** sample1.cod: check digits of every communication and every counterparty IBAN are wrong (edited sample). */
    private static String sample1Reason(String account) {
        return "no invoice found: no structured communication or invoice number, counterparty account " + account
                + " is not a valid IBAN;sample1.cod";
    }

    private List<String> lines(String date, String file) throws IOException {
        return Files.readAllLines(outbox.resolve(date).resolve(file));
    }

    @Test
    @Order(1)
    void aDayOfStatementsIsImportedMatchedAndReportedLineByLine() throws Exception {
        fixtures();

        JobExecution execution = run("2017-03-15");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution importStep = step(execution, "importStatementsStep");
        assertThat(importStep.getReadCount()).isEqualTo(5);
        assertThat(importStep.getWriteCount()).isEqualTo(12);
        assertThat(importStep.getFilterCount()).isEqualTo(2);
        assertThat(lines("2017-03-15", "payments.csv")).containsExactly(
                "statement_id;line_no;value_date;amount;communication;counterparty_iban;invoice_number;status;match_rule;"
                        + "applied_amount;suspense_amount;reason;file",
                "1;1;2017-03-14;300.00;" + sc(7) + ";" + C2_IBAN + ";PA-2017-000007;matched;COMMUNICATION;300.00;0.00;;camt-b.xml",
                "1;2;2017-03-14;10.00;merci;" + STRANGER_IBAN + ";;suspense;;0.00;10.00;no invoice found: no structured"
                        + " communication or invoice number, no open invoice of 10.00 for account " + STRANGER_IBAN
                        + ";camt-b.xml",
                "2;1;2017-03-14;121.00;" + sc(1) + ";" + C1_IBAN + ";PA-2017-000001;matched;COMMUNICATION;121.00;0.00;;payments-a.cod",
                "2;2;2017-03-14;200.00;Facture PA 2017 2;" + C2_IBAN + ";PA-2017-000002;partial;INVOICE_NUMBER;200.00;0.00;"
                        + "405.00 of 605.00 still open;payments-a.cod",
                "2;3;2017-03-14;200.00;;" + C2_IBAN + ";;suspense;;0.00;200.00;ambiguous: 2 open invoices of 200.00 for account "
                        + C2_IBAN + ": PA-2017-000003, PA-2017-000004;payments-a.cod",
                "2;4;2017-03-14;50.00;" + sc(5) + ";" + C2_IBAN + ";PA-2017-000005;suspense;COMMUNICATION;0.00;50.00;"
                        + "invoice PA-2017-000005 already paid on 2017-03-01;payments-a.cod",
                "2;5;2017-03-14;450.00;solde " + sc(2) + ";" + C2_IBAN + ";PA-2017-000002;suspense;COMMUNICATION;405.00;45.00;"
                        + "over-payment: 405.00 paid invoice PA-2017-000002, 45.00 in excess;payments-a.cod",
                "2;6;2017-03-15;-18.15;Frais de gestion;;;suspense;;0.00;-18.15;debit;payments-a.cod",
                "3;1;2017-10-11;5.00;+++000/0035/05158+++;;;suspense;;0.00;5.00;" + sample1Reason("BE22313215646432"),
                "3;2;2017-10-11;25.00;+++000/0035/15846+++;;;suspense;;0.00;25.00;" + sample1Reason("BE25646548413215"),
                "3;3;2017-10-11;20.00;+++000/0031/54982+++;;;suspense;;0.00;20.00;" + sample1Reason("BE32135468465432"),
                "3;4;2017-10-11;30.00;+++000/0021/33131+++;;;suspense;;0.00;30.00;" + sample1Reason("BE23156453132168"));
        assertThat(importStep.getExitStatus().getExitDescription()).isEqualTo("5 file(s): 3 imported, 2 refused;"
                + " 3 statement(s) imported, 0 refused; 12 lines = 2 matched + 1 partial + 9 suspense");
        assertThat(lines("2017-03-15", "statement-rejects.csv")).containsExactly(
                "file;line;action;account;sequence_no;reason",
                "broken.cod;15;refused;;;new balance -500012.10 differs from old balance 4004.10 + movements 6303.46 = 10307.56",
                "broken.cod;16;refused;;;trailer counts 15 records, the statement has 14 records 1 to 8",
                "broken.cod;16;refused;;;trailer debit total 16837.52, the debit movements add up to 0.00",
                "broken.cod;16;refused;;;trailer credit total 3967.22, the credit movements add up to 6303.46",
                "cut.cod;5;refused;;;file ends without the trailer record 9 of the statement begun at line 1");
        assertThat(invoice(1)).isEqualTo(Map.of("status", "PAID", "paid", "121.00", "paid_on", "2017-03-14"));
        assertThat(invoice(2)).isEqualTo(Map.of("status", "PAID", "paid", "605.00", "paid_on", "2017-03-14"));
        assertThat(invoice(3).get("status")).isEqualTo("OPEN");
        assertThat(invoice(5)).isEqualTo(Map.of("status", "PAID", "paid", "50.00", "paid_on", "2017-03-01"));
        assertThat(invoice(6)).containsEntry("status", "OPEN").containsEntry("paid", "0.00");
        assertThat(jdbc.queryForObject("select count(*) from bank_statement where file_name in ('broken.cod', 'cut.cod')", Integer.class)).isZero();
        assertEveryLineHasOnePayment();
    }

    @Test
    @Order(2)
    void aStatementAlreadyImportedIsRefusedWithoutTouchingTheDatabaseAndABrokenChainIsReported() throws Exception {
        Map<String, Object> before = jdbc.queryForMap("""
                select (select count(*) from bank_statement) statements, (select count(*) from bank_statement_line) lines,
                       (select count(*) from payment) payments,
                       (select sum(paid_amount)::text from invoice) paid""");

        JobExecution execution = run("2017-03-16");
        List<String> pendingFile = Files.readAllLines(inbox.resolve("2017-03-16/y-pending.xml"));
        int pendingLine = pendingFile.indexOf(pendingFile.stream().filter(l -> l.contains("PDNG")).findFirst().orElseThrow()) + 1;

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(lines("2017-03-16", "statement-rejects.csv")).containsExactly(
                "file;line;action;account;sequence_no;reason",
                "payments-c.cod;2;warning;" + OUR_CODA_ACCOUNT + ";075;old balance 1000.00 differs from new balance"
                        + " 2002.85 of the previous statement 074 of 2017-03-15 (file payments-a.cod): a statement may be"
                        + " missing, imported anyway",
                "sample1-again.cod;2;refused;138536152215;139 (CODA 138);statement 139 (CODA 138) of 2017 for account 138536152215 already"
                        + " imported (file sample1.cod, imported on 2017-03-15)",
                "x-two-accounts.cod;2;refused;" + DOLLAR_ACCOUNT + ";009;statement 009 of account " + DOLLAR_ACCOUNT
                        + " is in USD: only euro accounts are reconciled with the invoices",
                "y-pending.xml;" + pendingLine + ";warning;" + SAVINGS_ACCOUNT + ";10;entry of 99.00 has status PDNG, not"
                        + " booked: not read (a statement's balances hold booked entries only)");
        List<String> payments = lines("2017-03-16", "payments.csv");
        assertThat(payments).hasSize(4);
        assertThat(payments.get(1))
                .startsWith("4;1;2017-03-14;200.00;PA-2017-000003;" + C2_IBAN + ";PA-2017-000003;matched;INVOICE_NUMBER;");
        assertThat(payments.get(2)).startsWith("5;1;2017-03-14;15.00;merci;" + STRANGER_IBAN + ";;suspense;");
        assertThat(payments.get(3)).startsWith("6;1;2017-03-14;5.00;merci;" + STRANGER_IBAN + ";;suspense;");
        assertThat(jdbc.queryForMap("""
                select (select count(*) from bank_statement) statements, (select count(*) from bank_statement_line) lines,
                       (select count(*) from payment) payments,
                       (select sum(paid_amount)::text from invoice) paid""")).isEqualTo(Map.of(
                "statements", (Long) before.get("statements") + 3, "lines", (Long) before.get("lines") + 3,
                "payments", (Long) before.get("payments") + 3, "paid", "1276.00"));
        assertThat(jdbc.queryForObject("select count(*) from bank_statement where file_name like 'sample1%'", Integer.class))
                .isEqualTo(1);
        assertEveryLineHasOnePayment();
    }

    @Test
    @Order(3)
    void aRunThatDiesInTheMiddleOfADayRestartsWithoutLosingOrRepeatingALine() throws Exception {
        jdbc.execute("""
                create function crash_on_b() returns trigger language plpgsql as $$
                begin
                    if new.file_name = 'b-crash.cod' then raise exception 'power cut'; end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger crash before insert on bank_statement for each row execute function crash_on_b()");

        JobExecution failed = run("2017-03-17");

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.queryForList("select file_name from bank_statement_file where business_date = '2017-03-17'",
                String.class)).containsExactly("a-ok.cod");
        assertThat(invoice(4)).isEqualTo(Map.of("status", "PAID", "paid", "200.00", "paid_on", "2017-03-14"));

        jdbc.execute("drop trigger crash on bank_statement");
        JobExecution restarted = run("2017-03-17");

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(step(restarted, "importStatementsStep").getReadCount()).isEqualTo(1);
        assertThat(invoice(4)).isEqualTo(Map.of("status", "PAID", "paid", "200.00", "paid_on", "2017-03-14"));
        assertThat(jdbc.queryForObject("select count(*) from bank_statement where imported_on = '2017-03-17'",
                Integer.class)).isEqualTo(2);
        List<String> report = lines("2017-03-17", "payments.csv");
        assertThat(report).hasSize(3);
        assertThat(report.get(1)).contains(";PA-2017-000004;matched;COMMUNICATION;200.00;0.00;;a-ok.cod");
        assertThat(report.get(2)).contains(";25.00;merci;" + STRANGER_IBAN + ";;suspense;");
        assertThat(lines("2017-03-17", "statement-rejects.csv")).containsExactly("file;line;action;account;sequence_no;reason");
        assertEveryLineHasOnePayment();
    }

    @Test
    @Order(4)
    void aRunOfTheSameDayAgainImportsNothingAndRewritesTheSameReport() throws Exception {
        List<String> payments = lines("2017-03-15", "payments.csv");
        List<String> rejects = lines("2017-03-15", "statement-rejects.csv");
        long paymentRows = jdbc.queryForObject("select count(*) from payment", Long.class);
        Files.delete(outbox.resolve("2017-03-15/payments.csv"));
        JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
        utils.setJob(paymentsJob);

        JobExecution again = utils.startJob(new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, LocalDate.parse("2017-03-15"))
                .addString(NightlyParameters.INBOX, inbox.toString(), false)
                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                .addLong("run", 2L)
                .toJobParameters());

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(again, "importStatementsStep").getReadCount()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from payment", Long.class)).isEqualTo(paymentRows);
        assertThat(lines("2017-03-15", "payments.csv")).isEqualTo(payments);
        assertThat(lines("2017-03-15", "statement-rejects.csv")).isEqualTo(rejects);
    }

    @Test
    @Order(5)
    void importedStatementsAreFinalAndEachRowNeedsItsParent() {
        long statement = jdbc.queryForObject("select min(statement_id) from bank_statement_line", Long.class);
        assertThatThrownBy(() -> jdbc.update("update bank_statement_line set amount = 0 where statement_id = ? and line_no = 1",
                statement)).hasMessageContaining("bank statement " + statement + " line 1 cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from bank_statement_line where statement_id = ?", statement))
                .hasMessageContaining("cannot be deleted: imported lines are final");
        assertThatThrownBy(() -> jdbc.update("""
                insert into payment (statement_id, line_no, amount, applied_amount, suspense_amount, paid_on, status,
                                     reason, business_date)
                values (?, 9999, 1.00, 0, 1.00, '2017-03-15', 'SUSPENSE', 'test', '2017-03-15')""", statement))
                .hasMessageContaining("payment of statement " + statement + " line 9999 has no bank statement line");
        assertThatThrownBy(() -> jdbc.update("update payment set line_no = 9999 where statement_id = ? and line_no = 1",
                statement)).hasMessageContaining("line 9999 has no bank statement line");
        assertThatThrownBy(() -> jdbc.update("update payment set invoice_id = -1 where statement_id = ? and line_no = 1",
                statement)).hasMessageContaining("payment.invoice_id cannot be changed once written");
        assertThatThrownBy(() -> jdbc.update(
                "insert into bank_statement_line (statement_id, line_no, value_date, amount) values (-1, 1, '2017-03-15', 1)"))
                .hasMessageContaining("bank_statement_line.statement_id -1: no bank_statement has statement_id -1");
        assertThatThrownBy(() -> jdbc.update("delete from bank_statement where statement_id = ?", statement))
                .hasMessageContaining("bank statement " + statement + " cannot be deleted: imported statements are final");
        assertEveryLineHasOnePayment();
    }

    @Test
    @Order(6)
    void aStatementStoredUnderItsPaperNumberAloneIsStillRecognised() throws Exception {
        // stored before the CODA sequence number joined the key: paper number 012 alone
        jdbc.update("""
                insert into bank_statement (format, file_name, account, sequence_no, statement_date, old_balance,
                                            new_balance, imported_on, line_count)
                values ('CODA', 'old.cod', ?, '012', '2017-03-20', 100.00, 150.00, '2017-03-20', 0)""", LEGACY_ACCOUNT);
        LocalDate d = LocalDate.of(2017, 3, 20);
        String[] records = CodaWriter.text(new SimulatedStatement(LEGACY_ACCOUNT, "COOP", "GEBABEBB", 12, d, d.minusDays(1),
                Money.parse("100.00"), List.of(credit("50.00", null, "merci", STRANGER_IBAN)))).split("\r\n", -1);
        records[1] = records[1].substring(0, 125) + "037"; // CODA file 037 of paper statement 012
        Path day = Files.createDirectories(inbox.resolve("2017-03-21"));
        Files.writeString(day.resolve("again.cod"), String.join("\r\n", records), CodaWriter.CHARSET);
        long statements = jdbc.queryForObject("select count(*) from bank_statement", Long.class);

        assertThat(run("2017-03-21").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(lines("2017-03-21", "statement-rejects.csv")).containsExactly(
                "file;line;action;account;sequence_no;reason",
                "again.cod;2;refused;" + LEGACY_ACCOUNT + ";012 (CODA 037);statement 012 (CODA 037) of 2017 for account "
                        + LEGACY_ACCOUNT + " already imported (file old.cod, imported on 2017-03-20)");
        assertThat(jdbc.queryForObject("select count(*) from bank_statement", Long.class)).isEqualTo(statements);
    }

    private void assertEveryLineHasOnePayment() {
        assertThat(jdbc.queryForObject("""
                select count(*) from bank_statement_line l
                 where not exists (select 1 from payment p where p.statement_id = l.statement_id and p.line_no = l.line_no)""",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from payment", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from bank_statement_line", Integer.class));
        assertThat(jdbc.queryForObject("select sum(lines) = sum(matched + partial + suspense) from bank_statement_file",
                Boolean.class)).isTrue();
    }
}
