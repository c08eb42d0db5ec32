package be.coop.backoffice.sample.payments;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import be.coop.backoffice.payments.FileOutcome;
import be.coop.backoffice.payments.StatementFileImporter;
import be.coop.backoffice.payments.statement.BankStatement;
import be.coop.backoffice.payments.statement.StatementLine;
import be.coop.backoffice.payments.statement.StatementReader;
import be.coop.backoffice.sample.payments.PaymentPlanner.InvoiceToPay;
import be.coop.backoffice.sample.payments.PaymentPlanner.PlannedPayment;
import be.coop.backoffice.sample.payments.PaymentPlanner.Style;
import be.coop.backoffice.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulator on a real PostgreSQL with 3,000 issued invoices: a simulated day's files pass the
 * parsers and checks, are the same bytes when written again, and pay the invoices the plan says.
 */
class ClientPaymentSimulatorTest {

    private static final long SEED = 2017;
    private static final LocalDate DAY = LocalDate.of(2017, 3, 15);
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;
    private static final List<InvoiceToPay> invoices = new ArrayList<>();

    @TempDir
    Path inbox;
    @TempDir
    Path again;

    @BeforeAll
    static void issuedInvoices() {
        String url = TestDatabase.newDatabase("payment_simulator");
        Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").load().migrate();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "postgres", "", true);
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        for (int c = 1; c <= 40; c++) {
            jdbc.update("insert into client (client_id, name, kind, country, iban, bankrupt_on, imported_on)"
                            + " values (?, ?, 'PERSON', 'BE', ?, ?, '2017-01-02')",
                    "C" + c, "Client " + c, c % 5 == 0 ? null : Iban.belgian(2_000_000_000L + c).value(),
                    c == 7 ? LocalDate.of(2017, 3, 1) : null);
        }
        SplittableRandom random = new SplittableRandom(1);
        List<Object[]> rows = new ArrayList<>();
        for (int n = 1; n <= 3000; n++) {
            LocalDate issue = LocalDate.of(2017, 1, 2).plusDays(n % 70);
            Money amount = Money.ofCents(5_000 + random.nextInt(300_000));
            String communication = StructuredCommunication.fromBase(1_700_000_000L + n).digits();
            String number = String.format("PA-2017-%06d", n);
            String client = "C" + (1 + n % 40);
            rows.add(new Object[] {number, n, client, issue, issue.plusDays(30), amount.amount(), amount.amount(), communication});
            invoices.add(new InvoiceToPay(number, communication, issue, issue.plusDays(30), amount,
                    client.equals("C7") ? LocalDate.of(2017, 3, 1) : null));
        }
        jdbc.batchUpdate("""
                    insert into invoice (invoice_number, structure_code, year, number_in_year, kind, client_id, issue_date,
                                         due_date, amount_excl_vat, vat_amount, amount_incl_vat, structured_communication,
                                         source_type, source_id)
                    values (?, 'PA', 2017, ?, 'INVOICE', ?, ?, ?, ?, 0, ?, ?, 'ACTIVITY', 'A1')""", rows);
    }

    @Test
    void aSimulatedDayPassesTheChecksIsTheSameWhenWrittenAgainAndPaysThePlannedInvoices() throws Exception {
        ClientPaymentSimulator simulator = new ClientPaymentSimulator(jdbc, SEED);
        PaymentPlanner planner = new PaymentPlanner(SEED);
        List<PlannedPayment> planned = new ArrayList<>();
        for (InvoiceToPay invoice : invoices) {
            planner.plan(invoice).stream().filter(p -> p.date().equals(DAY)).forEach(planned::add);
        }

        ClientPaymentSimulator.SimulatedDay day = simulator.simulate(DAY, inbox);
        ClientPaymentSimulator.SimulatedDay same = simulator.simulate(DAY, again);

        assertThat(planned).hasSizeGreaterThan(20);
        assertThat(day.payments()).isEqualTo(planned.size());
        assertThat(day.credited()).isEqualTo(planned.stream().map(PlannedPayment::amount).reduce(Money.ZERO, Money::plus));
        assertThat(day.files()).extracting(f -> f.getFileName().toString())
                .containsExactly("coda-" + tail(ClientPaymentSimulator.CODA_ACCOUNT) + "-2017-074.cod",
                        "camt053-" + tail(ClientPaymentSimulator.CAMT_ACCOUNT) + "-2017-074.xml");
        List<StatementLine> lines = new ArrayList<>();
        for (Path file : day.files()) {
            assertThat(Files.readAllBytes(again.resolve("2017-03-15").resolve(file.getFileName())))
                    .isEqualTo(Files.readAllBytes(file));
            for (BankStatement statement : new StatementReader().read(file)) {
                assertThat(statement.sequenceNumber()).isIn("074", "74");
                lines.addAll(statement.lines());
            }
        }
        assertThat(lines).hasSize(planned.size());
        
        List<FileOutcome> outcomes = new ArrayList<>();
        StatementFileImporter importer = new StatementFileImporter(jdbc);
        for (Path file : day.files()) {
            outcomes.add(transaction.execute(status -> {
                try {
                    return importer.importFile(file, DAY);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        Set<String> referenced = new HashSet<>();
        for (PlannedPayment p : planned) {
            if (p.style() == Style.STRUCTURED || p.style() == Style.REFERENCE_IN_TEXT || p.style() == Style.INVOICE_NUMBER) {
                referenced.add(p.invoiceNumber());
            }
        }
        assertThat(new HashSet<>(jdbc.queryForList("""
                select i.invoice_number from payment p join invoice i on i.invoice_id = p.invoice_id
                 where p.match_rule in ('COMMUNICATION', 'INVOICE_NUMBER')""", String.class))).isEqualTo(referenced);
        assertThat(outcomes.stream().mapToInt(FileOutcome::lines).sum()).isEqualTo(planned.size());
        assertThat(jdbc.queryForObject("select count(*) from bank_statement_reject", Integer.class)).isZero();

        // the next bank day follows on from the balance just imported
        ClientPaymentSimulator.SimulatedDay next = simulator.simulate(DAY.plusDays(1), inbox);
        for (Path file : next.files()) {
            BankStatement statement = new StatementReader().read(file).get(0);
            assertThat(statement.oldBalance().amount()).isEqualTo(new Money(jdbc.queryForObject(
                    "select new_balance from bank_statement where account = ? and statement_date = ?",
                    java.math.BigDecimal.class, statement.account(), DAY)));
        }
    }

    @Test
    void nothingIsWrittenOnAWeekend() throws Exception {
        ClientPaymentSimulator.SimulatedDay saturday = new ClientPaymentSimulator(jdbc, SEED)
                .simulate(LocalDate.of(2017, 3, 18), inbox);

        assertThat(saturday.files()).isEmpty();
        assertThat(Files.exists(inbox.resolve("2017-03-18"))).isFalse();
    }

    private static String tail(String account) {
        return account.substring(account.length() - 4);
    }
}
