package be.coop.backoffice.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.benchmark.BenchmarkYear;
import be.coop.backoffice.cli.BackofficeCli;
import be.coop.backoffice.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The nightly chain invoicing a year of sales in a separate JVM, killed with SIGKILL once some
 * chunks are committed, then run again: the result must be the one of an uninterrupted run on
 * another fresh database, invoice for invoice, number for number, byte for byte in the register.
 */
class InvoicingRestartTest {

    private static final int SALES = 12_000;
    private static final int CHUNK = 100;
    private static final String DATE = "2017-12-31";

    @TempDir
    Path work;

    private record Database(String url, JdbcTemplate jdbc) {
    }

    private static Database freshYear(String prefix) {
        String url = TestDatabase.newDatabase(prefix);
        Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
        new BenchmarkYear(2017, SALES).insert(new NamedParameterJdbcTemplate(jdbc));
        return new Database(url, jdbc);
    }

    /** The nightly in a child JVM, working in folder {@code home}, its output in {@code <log>.log}. */
    private Process nightly(Database db, String home, String log) throws Exception {
        Path folder = Files.createDirectories(work.resolve(home));
        Files.createDirectories(folder.resolve("inbox"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dbackoffice.invoicing.chunk-size=" + CHUNK,
                "-cp", System.getProperty("java.class.path"),
                BackofficeCli.class.getName(), "nightly", "--date", DATE,
                "--db", db.url(), "--db-user", "postgres", "--home", folder.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(log + ".log").toFile()))
                .start();
    }

    private int runToEnd(Process process, String name) throws Exception {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the nightly did not end in 5 minutes; see " + work.resolve(name + ".log"));
        }
        return process.exitValue();
    }

    private static int invoices(Database db) {
        return db.jdbc().queryForObject("select count(*) from invoice", Integer.class);
    }

    private static List<String> documents(Database db) {
        return db.jdbc().queryForList("""
                select i.invoice_number || ' ' || l.sale_id || ' ' || i.kind || ' ' || i.amount_excl_vat || ' '
                       || i.vat_amount || ' ' || i.amount_incl_vat || ' ' || l.vat_treatment || ' ' || i.due_date
                       || ' ' || i.structured_communication || ' ' || i.fee_amount
                  from invoice i join invoice_line l using (invoice_id)
                 order by i.invoice_number""", String.class);
    }

    @Test
    void aRunKilledMidwayThenRestartedIssuesExactlyWhatAnUninterruptedRunIssues() throws Exception {
        Database killed = freshYear("restart_killed");
        Database straight = freshYear("restart_straight");

        Process first = nightly(killed, "killed", "killed");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (invoices(killed) < 3 * CHUNK && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(first.isAlive()).as("the first run must still be invoicing when it is killed").isTrue();
        first.destroyForcibly().waitFor();
        int committedAtKill = invoices(killed);

        assertThat(committedAtKill).isBetween(3 * CHUNK, SALES - 1);
        assertThat(committedAtKill % CHUNK).as("only whole chunks are committed").isZero();

        assertThat(runToEnd(nightly(killed, "killed", "restarted"), "restarted")).isZero();
        assertThat(runToEnd(nightly(straight, "straight", "straight"), "straight")).isZero();

        // no duplicate, no gap: numbers 1..n in every structure, one invoice per sale
        assertThat(invoices(killed)).isEqualTo(SALES);
        assertThat(killed.jdbc().queryForList("""
                select structure_code from invoice group by structure_code
                having count(*) <> max(number_in_year) or count(distinct number_in_year) <> count(*)""", String.class))
                .isEmpty();
        assertThat(killed.jdbc().queryForObject("select count(distinct sale_id) from invoice_line", Integer.class))
                .isEqualTo(SALES);
        assertThat(killed.jdbc().queryForList("""
                select c.structure_code from invoice_number_counter c
                 where c.last_number <> (select count(*) from invoice i where i.structure_code = c.structure_code)""",
                String.class)).isEmpty();
        // the same documents, numbers, amounts, ledger and register as the uninterrupted run
        assertThat(documents(killed)).isEqualTo(documents(straight));
        String totals = "select sum(amount_excl_vat) || ' ' || sum(vat_amount) || ' ' || sum(fee_amount) from invoice";
        assertThat(killed.jdbc().queryForObject(totals, String.class))
                .isEqualTo(straight.jdbc().queryForObject(totals, String.class));
        String ledger = "select count(*) || ' ' || sum(amount) from activity_ledger_entry";
        assertThat(killed.jdbc().queryForObject(ledger, String.class))
                .isEqualTo(straight.jdbc().queryForObject(ledger, String.class));
        Path register = Path.of("outbox", DATE, InvoiceRegisterTasklet.REGISTER);
        assertThat(Files.readAllBytes(work.resolve("killed").resolve(register)))
                .isEqualTo(Files.readAllBytes(work.resolve("straight").resolve(register)));
        assertThat(Files.readAllLines(work.resolve("restarted.log")).stream()
                .anyMatch(l -> l.contains("was left STARTED by a run that died"))).isTrue();
    }

}
