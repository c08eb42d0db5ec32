package be.coop.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Niss;
import be.coop.backoffice.testing.TestDatabase;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restart guarantee, with a real kill: a nightly process is killed with SIGKILL in the middle
 * of its import, run again, and must end with exactly the database and files of a run that was
 * never interrupted.
 */
class KilledNightlyRestartTest {

    private static final String DATE = "2017-03-01";
    private static final int MEMBERS = 4_000;
    private static final int CONTRACTS = 60_000;
    private static final List<String> TABLES = List.of("member", "client", "activity", "contract", "import_file",
            "import_reject");

    @TempDir
    Path dir;

    @Test
    void aNightKilledMidImportAndRunAgainEndsLikeAnUninterruptedNight() throws Exception {
        Path inbox = dir.resolve("inbox");
        writeFeeds(inbox.resolve(DATE));

        String killedDb = TestDatabase.newDatabase("killed");
        Process process = new ProcessBuilder(javaCommand(killedDb, inbox, dir.resolve("out-killed")))
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        long imported = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (process.isAlive() && System.nanoTime() < deadline) {
            imported = tableExists(killedDb, "contract") ? count(killedDb, "select count(*) from contract") : 0;
            if (imported >= 5_000) {
                break;
            }
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(imported).as("killed while contracts were being imported").isBetween(5_000L, (long) CONTRACTS - 1);
        assertThat(count(killedDb, "select count(*) from batch_job_execution where status = 'STARTED'"))
                .as("the killed run left its executions STARTED").isEqualTo(2);

        int restart = BackofficeCli.execute("nightly", "--date", DATE, "--inbox", inbox.toString(),
                "--outbox", dir.resolve("out-killed").toString(), "--db", killedDb, "--db-user", "postgres",
                "--home", dir.toString());
        String referenceDb = TestDatabase.newDatabase("uninterrupted");
        int uninterrupted = BackofficeCli.execute("nightly", "--date", DATE, "--inbox", inbox.toString(),
                "--outbox", dir.resolve("out-reference").toString(), "--db", referenceDb, "--db-user", "postgres",
                "--home", dir.toString());

        assertThat(restart).isZero();
        assertThat(uninterrupted).isZero();
        for (String table : TABLES) {
            assertThat(digest(killedDb, table)).as(table).isEqualTo(digest(referenceDb, table));
        }
        assertThat(count(killedDb, "select count(*) from contract")).isEqualTo(CONTRACTS - CONTRACTS / 100);
        assertThat(count(killedDb, "select written + rejected from import_file where feed = 'contracts'"))
                .isEqualTo(CONTRACTS);
        assertThat(Files.readAllLines(dir.resolve("out-killed").resolve(DATE).resolve("rejects.csv")))
                .hasSize(1 + CONTRACTS / 100)
                .isEqualTo(Files.readAllLines(dir.resolve("out-reference").resolve(DATE).resolve("rejects.csv")));
        assertThat(count(killedDb, "select count(*) from batch_job_execution where status = 'FAILED'")).isEqualTo(2);
    }

    private static List<String> javaCommand(String db, Path inbox, Path outbox) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                BackofficeCli.class.getName(), "nightly", "--date", DATE, "--inbox", inbox.toString(),
                "--outbox", outbox.toString(), "--db", db, "--db-user", "postgres");
    }

    /** Members, one client, and contracts of which one in a hundred breaks a rule. */
    private static void writeFeeds(Path day) throws Exception {
        Files.createDirectories(day);
        List<String> niss = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(day.resolve("members.csv"), StandardCharsets.UTF_8)) {
            out.write("member_id;niss;last_name;first_name;birth_date;iban;office\n");
            for (int i = 0; i < MEMBERS; i++) {
                LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i);
                String n = Niss.forBirthDate(birth, 1 + i % 997).value();
                niss.add(n);
                out.write("M%06d;%s;Name%d;First%d;%s;%s;GENT%n".formatted(i, n, i, i, birth,
                        Iban.belgian(1_000_000_000L + i).value()));
            }
        }
        Files.writeString(day.resolve("clients.csv"),
                "client_id;name;kind;country;enterprise_number\nC1;Client;BUSINESS;BE;0403703508\n");
        try (BufferedWriter out = Files.newBufferedWriter(day.resolve("contracts.csv"), StandardCharsets.UTF_8)) {
            out.write("contract_id;member_id;niss;structure;contract_type;start_date;end_date;days_worked;"
                    + "hours_worked;gross_amount;client_id;office\n");
            for (int i = 0; i < CONTRACTS; i++) {
                int m = i % MEMBERS;
                String gross = i % 100 == 99 ? "-1.00" : (100 + i % 500) + ".25";
                out.write("K%07d;M%06d;%s;PA;EMPLOYEE;2017-03-02;2017-03-03;2;15.2;%s;C1;GENT%n".formatted(
                        i, m, niss.get(m), gross));
            }
        }
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, "postgres", "");
    }

    private static boolean tableExists(String url, String table) throws Exception {
        return count(url, "select count(*) from pg_tables where tablename = '" + table + "'") > 0;
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = connect(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String digest(String url, String table) throws Exception {
        try (Connection c = connect(url); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
