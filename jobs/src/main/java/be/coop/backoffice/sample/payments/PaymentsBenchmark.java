package be.coop.backoffice.sample.payments;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import be.coop.backoffice.database.EmbeddedPostgresServer;
import be.coop.backoffice.payments.FileOutcome;
import be.coop.backoffice.payments.StatementFile;
import be.coop.backoffice.payments.StatementFileImporter;
import be.coop.backoffice.payments.StatementReadAhead;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of client payments through the payments import: {@code lines} invoices issued (set-based
 * SQL), then as many payments in 250 daily CODA files (one per bank day), each imported and matched
 * in its own transaction by the {@link StatementFileImporter} the payments job runs, the next file read
 * ahead as the job does ({@link StatementReadAhead}). Only the import and matching are timed;
 * preparing the invoices and writing the files are not.
 *
 * <p>The mix: 90% structured communication, 4% the communication in the free text, 3% the invoice
 * number in the free text, 3% no communication (matched by the client's account and the amount).
 *
 * <p>Run alone with {@link #main} ({@code [lines]}, default 170,000; an embedded PostgreSQL in a
 * temporary folder, deleted at the end), e.g. {@code java -Xmx512m -cp jobs/target/classes:<dependencies>
 * be.coop.backoffice.sample.payments.PaymentsBenchmark}; or call {@link #run} on a migrated, empty database.
 */
public final class PaymentsBenchmark {

    public static final int YEAR_OF_PAYMENTS = 170_000;
    private static final int FILES = 250;
    private static final int CLIENTS = 20_000;

    /** What the run did and how long the import and matching took. */
    public record Result(int files, int lines, int matched, int partial, int suspense, long millis) {
        public double linesPerSecond() {
            return lines * 1000.0 / Math.max(1, millis);
        }
    }

    private PaymentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : YEAR_OF_PAYMENTS;
        Path work = Files.createTempDirectory("payments-benchmark");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(work.resolve("pgdata"));
             HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername("postgres");
            dataSource.setMaximumPoolSize(2);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            run(dataSource, work.resolve("inbox"), lines, System.out);
        } finally {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs the benchmark on an empty, migrated database; files go under {@code inbox}. */
    public static Result run(DataSource dataSource, Path inbox, int lines, PrintStream out) throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long t0 = System.nanoTime();
        issueInvoices(jdbc, lines);
        long t1 = System.nanoTime();
        List<Path> files = writeStatements(inbox, lines);
        long t2 = System.nanoTime();
        out.printf("prepared %d invoices in %.1f s, wrote %d CODA files in %.1f s%n", lines, (t1 - t0) / 1e9,
                files.size(), (t2 - t1) / 1e9);

        StatementFileImporter importer = new StatementFileImporter(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        int total = 0;
        int matched = 0;
        int partial = 0;
        int suspense = 0;
        long start = System.nanoTime();
        StatementReadAhead readAhead = new StatementReadAhead(importer);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            LocalDate date = LocalDate.parse(file.getParent().getFileName().toString());
            StatementFile read = readAhead.read(file, i + 1 < files.size() ? files.get(i + 1) : null);
            FileOutcome o = transaction.execute(status -> importer.importFile(read, date));
            total += o.lines();
            matched += o.matched();
            partial += o.partial();
            suspense += o.suspense();
        }
        readAhead.close();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Result result = new Result(files.size(), total, matched, partial, suspense, millis);
        out.printf("payments benchmark: %d lines in %d CODA files imported and matched in %.2f s: %.0f lines/s"
                        + " (%d matched, %d partial, %d suspense)%n", total, files.size(), millis / 1000.0,
                result.linesPerSecond(), matched, partial, suspense);
        return result;
    }

    private static void issueInvoices(JdbcTemplate jdbc, int count) {
        jdbc.update("""
                insert into client (client_id, name, kind, country, iban, imported_on)
                select 'B' || c, 'Client ' || c, 'PERSON', 'BE', null, date '2017-01-02' from generate_series(1, ?) c""",
                CLIENTS);
        List<Object[]> ibans = new ArrayList<>();
        for (int c = 1; c <= CLIENTS; c++) {
            ibans.add(new Object[] {clientIban(c), "B" + c});
        }
        jdbc.batchUpdate("update client set iban = ? where client_id = ?", ibans);
        jdbc.update("""
                insert into invoice (invoice_number, structure_code, year, number_in_year, kind, client_id, issue_date,
                                     due_date, amount_excl_vat, vat_amount, amount_incl_vat, structured_communication,
                                     source_type, source_id)
                select 'PA-2017-' || lpad(n::text, 6, '0'), 'PA', 2017, n, 'INVOICE', 'B' || (1 + n % ?),
                       date '2017-01-01' + (n % 300), date '2017-01-31' + (n % 300), a, 0, a,
                       lpad((1700000000 + n)::text, 10, '0')
                         || lpad((case when (1700000000 + n) % 97 = 0 then 97 else (1700000000 + n) % 97 end)::text, 2, '0'),
                       'ACTIVITY', 'A1'
                  from generate_series(1, ?) n, lateral (select (50 + (n * 7919 % 300000) / 100.0)::numeric(14,2) as a) x""",
                CLIENTS, count);
        jdbc.execute("analyze client; analyze invoice");
    }

    private static String clientIban(int client) {
        return Iban.belgian(2_000_000_000L + client).value();
    }

    /** The amount of invoice {@code n}, as the SQL above computes it. */
    private static Money amount(int n) {
        return Money.ofCents(5_000 + (long) n * 7919 % 300_000);
    }

    private static List<Path> writeStatements(Path inbox, int lines) throws IOException {
        List<Path> files = new ArrayList<>();
        LocalDate day = PaymentPlanner.nextBankDay(LocalDate.of(2017, 1, 2));
        Money balance = Money.parse("500000.00");
        int perFile = (lines + FILES - 1) / FILES;
        for (int first = 1, f = 0; first <= lines; first += perFile, f++) {
            List<SimulatedStatement.Movement> movements = new ArrayList<>();
            for (int n = first; n < Math.min(lines + 1, first + perFile); n++) {
                movements.add(movement(n, day));
            }
            SimulatedStatement s = new SimulatedStatement(ClientPaymentSimulator.CODA_ACCOUNT, "COOPERATIVE", "GEBABEBB",
                    day.getDayOfYear(), day, day.minusDays(1), balance, movements);
            balance = s.newBalance();
            Path folder = Files.createDirectories(inbox.resolve(day.toString()));
            files.add(Files.write(folder.resolve(String.format("bench-%03d.cod", f)), CodaWriter.write(s)));
            day = PaymentPlanner.nextBankDay(day.plusDays(1));
        }
        return files;
    }

    private static SimulatedStatement.Movement movement(int n, LocalDate day) {
        StructuredCommunication ref = StructuredCommunication.fromBase(1_700_000_000L + n);
        int client = 1 + n % CLIENTS;
        int kind = n % 100;
        StructuredCommunication structured = kind < 90 ? ref : null;
        String text = kind < 90 ? "" : kind < 94 ? ref.formatted() : kind < 97 ? "Facture PA 2017 " + n : "";
        return new SimulatedStatement.Movement(amount(n), day, structured, text, clientIban(client), "Client " + client,
                "GKCCBEBB", "B" + n);
    }
}
