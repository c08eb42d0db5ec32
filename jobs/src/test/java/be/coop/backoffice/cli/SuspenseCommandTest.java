package be.coop.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import be.coop.backoffice.payments.FileOutcome;
import be.coop.backoffice.payments.StatementFileImporter;
import be.coop.backoffice.sample.payments.CodaWriter;
import be.coop.backoffice.sample.payments.SimulatedStatement;
import be.coop.backoffice.sample.payments.SimulatedStatement.Movement;
import be.coop.backoffice.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code suspense list} and {@code suspense resolve} as a finance clerk runs them, on a statement
 * imported by the payments import: a payment nobody could match, an over-payment and bank charges.
 * Every refusal leaves the database as it was; once all is resolved, the bank lines' money is found
 * exactly once, applied by the matching or by a person, refunded, or out of the receivables.
 */
class SuspenseCommandTest {

    private static final String CLIENT_IBAN = Iban.belgian(3_101_234_567L).value();
    private static final String STRANGER_IBAN = Iban.belgian(9_790_000_002L).value();
    private static final LocalDate IMPORTED_ON = LocalDate.of(2017, 3, 15);

    @TempDir
    Path home;

    private final String url = TestDatabase.newDatabase("suspense");

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        try {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--db", url, "--db-user", "postgres", "--home", home.toString()));
            return new Run(BackofficeCli.execute(all.toArray(String[]::new)), capturedOut.toString(StandardCharsets.UTF_8),
                    capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static String ref(int n) {
        return StructuredCommunication.fromBase(1_700_000_000L + n).digits();
    }

    /** Invoices 1 (200.00), 2 (405.00), 3 (100.00) open, 4 (50.00) paid; one CODA file imported on 15 March. */
    private void aStatementWithThreeLinesInSuspense(JdbcTemplate jdbc) throws Exception {
        jdbc.update("""
                insert into client (client_id, name, kind, country, iban, imported_on)
                values ('C1', 'Client Un', 'PERSON', 'BE', ?, '2017-01-02')""", CLIENT_IBAN);
        String[][] invoices = {{"1", "200.00", "OPEN", "0"}, {"2", "405.00", "OPEN", "0"}, {"3", "100.00", "OPEN", "0"},
                {"4", "50.00", "PAID", "50.00"}};
        for (String[] i : invoices) {
            int n = Integer.parseInt(i[0]);
            jdbc.update("""
                    insert into invoice (invoice_number, structure_code, year, number_in_year, kind, client_id, issue_date,
                                         due_date, amount_excl_vat, vat_amount, amount_incl_vat, structured_communication,
                                         source_type, source_id, status, paid_amount, paid_on)
                    values (?, 'PA', 2017, ?, 'INVOICE', 'C1', '2017-02-01', '2017-03-03', ?::numeric, 0, ?::numeric, ?,
                            'ACTIVITY', 'A1', ?, ?::numeric, case when ? = 'PAID' then date '2017-03-01' end)""",
                    String.format("PA-2017-%06d", n), n, i[1], i[1], ref(n), i[2], i[3], i[2]);
        }
        LocalDate day = LocalDate.of(2017, 3, 14);
        Path file = home.resolve("payments.cod");
        Files.write(file, CodaWriter.write(new SimulatedStatement(Iban.belgian(12_345_678L).value(), "COOP", "GEBABEBB",
                74, day, day.minusDays(1), Money.parse("1000.00"), List.of(
                        new Movement(Money.parse("250.00"), day, null, "merci pour tout", STRANGER_IBAN, "Someone",
                                "GKCCBEBB", "R1"),
                        new Movement(Money.parse("450.00"), day, StructuredCommunication.parse(ref(2)), "", CLIENT_IBAN,
                                "Client Un", "GKCCBEBB", "R2"),
                        new Movement(Money.parse("-18.15"), day, null, "Frais de gestion", "", "", "", "FEES")))));
        FileOutcome outcome = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()))
                .execute(status -> {
                    try {
                        return new StatementFileImporter(jdbc).importFile(file, IMPORTED_ON);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        assertThat(outcome.suspense()).isEqualTo(3);
    }

    private static Map<String, Object> invoice(JdbcTemplate jdbc, int n) {
        return jdbc.queryForMap("select status, paid_amount::text as paid, paid_on::text as paid_on from invoice"
                + " where invoice_number = ?", String.format("PA-2017-%06d", n));
    }

    @Test
    void aClerkListsTheSuspenseAndResolvesEachLineWithExactAmounts() throws Exception {
        assertThat(run("suspense", "list").exitCode()).isZero(); // migrates the fresh database
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "postgres", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            aStatementWithThreeLinesInSuspense(jdbc);

            Run list = run("suspense", "list");
            assertThat(list.exitCode()).isZero();
            assertThat(list.out().lines()).containsExactly(
                    "statement_id;line_no;value_date;amount;suspense_amount;invoice_number;counterparty_iban;"
                            + "counterparty_name;communication;reason;file",
                    "1;1;2017-03-14;250.00;250.00;;" + STRANGER_IBAN + ";Someone;merci pour tout;no invoice found: no"
                            + " structured communication or invoice number, no open invoice of 250.00 for account "
                            + STRANGER_IBAN + ";payments.cod",
                    "1;2;2017-03-14;450.00;45.00;PA-2017-000002;" + CLIENT_IBAN + ";Client Un;+++"
                            + ref(2).substring(0, 3) + "/" + ref(2).substring(3, 7) + "/" + ref(2).substring(7)
                            + "+++;over-payment: 405.00 paid invoice PA-2017-000002, 45.00 in excess;payments.cod",
                    "1;3;2017-03-14;-18.15;-18.15;;;;Frais de gestion;debit;payments.cod");
            assertThat(list.err()).contains("3 line(s) in suspense, 276.85 in all");

            // 250.00 is more than invoice 1 has open: refused, nothing written
            Run over = run("suspense", "resolve", "--statement", "1", "--line", "1", "--invoice", "PA-2017-000001",
                    "--by", "anne", "--on", "2017-03-20");
            assertThat(over.exitCode()).isEqualTo(1);
            assertThat(over.err()).contains("statement 1 line 1 not resolved: over-allocation: 250.00 for PA-2017-000001,"
                    + " which has 200.00 open of 200.00");
            assertThat(invoice(jdbc, 1)).containsEntry("status", "OPEN").containsEntry("paid", "0.00");
            assertThat(jdbc.queryForObject("select count(*) from suspense_allocation", Integer.class)).isZero();

            Run early = run("suspense", "resolve", "--statement", "1", "--line", "1", "--invoice", "PA-2017-000001",
                    "--by", "anne", "--on", "2017-03-14");
            assertThat(early.exitCode()).isEqualTo(1);
            assertThat(early.err()).contains("was imported on 2017-03-15: it cannot be resolved on 2017-03-14");

            // the client's accountant explained: invoice 3 in part, the rest pays invoice 1
            Run split = run("suspense", "resolve", "--statement", "1", "--line", "1", "--invoice", "PA-2017-000003=50.00",
                    "--invoice", "PA-2017-000001", "--by", "anne", "--on", "2017-03-20", "--note", "mail of 17 March");
            assertThat(split.exitCode()).isZero();
            assertThat(split.out().lines()).containsExactly("statement 1 line 1 resolved by anne:",
                    "  50.00 to PA-2017-000003, now PARTIALLY_PAID (50.00 open)",
                    "  200.00 to PA-2017-000001, now PAID (0.00 open)");
            assertThat(invoice(jdbc, 1)).containsEntry("status", "PAID").containsEntry("paid", "200.00")
                    .containsEntry("paid_on", "2017-03-14");
            assertThat(invoice(jdbc, 3)).containsEntry("status", "PARTIALLY_PAID").containsEntry("paid", "50.00")
                    .containsEntry("paid_on", null);

            Run again = run("suspense", "resolve", "--statement", "1", "--line", "1", "--refund", "--by", "bob",
                    "--on", "2017-03-21");
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.err()).contains("statement 1 line 1 was resolved on 2017-03-20 by anne");

            // the over-payment's 45.00 excess goes back to the client
            assertThat(run("suspense", "resolve", "--statement", "1", "--line", "2", "--refund", "--by", "anne",
                    "--on", "2017-03-20").exitCode()).isZero();

            Run noNote = run("suspense", "resolve", "--statement", "1", "--line", "3", "--not-a-payment", "--by", "anne",
                    "--on", "2017-03-20");
            assertThat(noNote.exitCode()).isEqualTo(1);
            assertThat(noNote.err()).contains("a line that is not a payment needs a note saying what it is");
            assertThat(run("suspense", "resolve", "--statement", "1", "--line", "3", "--not-a-payment", "--by", "anne",
                    "--on", "2017-03-20", "--note", "bank charges of March").exitCode()).isZero();

            Run empty = run("suspense", "list");
            assertThat(empty.out().lines()).hasSize(1);
            assertThat(empty.err()).contains("0 line(s) in suspense, 0.00 in all");

            assertThat(jdbc.queryForList("""
                    select line_no || ':' || part_no || ':' || outcome || ':' || coalesce(i.invoice_number, '-') || ':' || a.amount
                      from suspense_allocation a left join invoice i using (invoice_id) order by line_no, part_no""",
                    String.class)).containsExactly("1:1:INVOICE:PA-2017-000003:50.00", "1:2:INVOICE:PA-2017-000001:200.00",
                    "2:1:REFUND:-:45.00", "3:1:NOT_A_PAYMENT:-:-18.15");
            assertThat(jdbc.queryForList("""
                    select line_no || ':' || resolved_on || ':' || resolved_by || ':' || coalesce(resolution_note, '-')
                      from payment order by line_no""", String.class))
                    .containsExactly("1:2017-03-20:anne:mail of 17 March", "2:2017-03-20:anne:-",
                            "3:2017-03-20:anne:bank charges of March");
            // each line's money once: applied by the matching + the parts = the bank line
            assertThat(jdbc.queryForList("""
                    select l.line_no || ':' || l.amount || '=' || p.applied_amount || '+'
                           || (select coalesce(sum(a.amount), 0) from suspense_allocation a
                                where a.statement_id = p.statement_id and a.line_no = p.line_no)
                      from bank_statement_line l join payment p using (statement_id, line_no) order by l.line_no""",
                    String.class)).containsExactly("1:250.00=0.00+250.00", "2:450.00=405.00+45.00", "3:-18.15=0.00+-18.15");
            assertThat(invoice(jdbc, 2)).containsEntry("status", "PAID").containsEntry("paid", "405.00");
        } finally {
            dataSource.destroy();
        }
    }
}
