package be.coop.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.testing.SampleData;
import be.coop.backoffice.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator runs it, on the committed sample inbox and a fresh database:
 * exit codes, what it prints, the rows it leaves and the rejects files it writes.
 */
class CommandLineEndToEndTest {

    @TempDir
    Path home;

    private final String url = TestDatabase.newDatabase("cli");

    private record Run(int exitCode, String out) {
    }

    private Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--db", url, "--db-user", "postgres", "--home", home.toString()));
            return new Run(BackofficeCli.execute(all.toArray(String[]::new)), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void replayOfTheSampleImportsTheValidLinesAndWritesEveryRejectedOneWithItsRule() throws Exception {
        Path outbox = home.resolve("out");
        Run replay = run("replay", "--from", "2017-01-02", "--to", "2017-01-04",
                "--inbox", SampleData.inbox().toString(), "--outbox", outbox.toString());

        assertThat(replay.exitCode()).isZero();
        assertThat(replay.out()).contains("[  1/3] 2017-01-02 completed")
                .contains("replay 2017-01-02 .. 2017-01-04: 3 nights completed, 0 already done;"
                        + " 47 lines read = 30 written + 17 rejected");
        assertThat(count("select count(*) from member")).isEqualTo(6);
        assertThat(count("select count(*) from client")).isEqualTo(4);
        assertThat(count("select count(*) from contract where status = 'ACTIVE'")).isEqualTo(4);
        assertThat(count("select count(*) from sale where status = 'ACTIVE'")).isEqualTo(4);
        assertThat(count("select count(*) from import_reject")).isEqualTo(19); // 17 lines, one with 3 errors
        assertThat(Files.readAllLines(outbox.resolve("2017-01-04/rejects.csv"))).containsExactly(
                "file;line;record_id;field;value;reason",
                "sales.csv;3;S000008;client_id;C000009;unknown client",
                "sales.csv;4;S000009;sale_date;2017-01-05;after the business date 2017-01-04",
                "expenses.csv;3;E000003;activity_id;A000404;unknown activity",
                "expenses.csv;4;E000004;category;FOOD;one of AUTHOR_RIGHTS, OTHER, PURCHASE, SERVICES, TRAVEL",
                "accidents.csv;4;X000003;contract_id;K000001;contract belongs to member M000001, not M000002");
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        Report.year(new PrintStream(summary, true, StandardCharsets.UTF_8), new org.springframework.jdbc.core.JdbcTemplate(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "postgres", "")), 2017);
        assertThat(summary.toString(StandardCharsets.UTF_8))
                .contains("payslips of 2017")
                .containsPattern("ACTIVITY +\\d+ invoices +\\d+ credit notes, turnover")
                .contains("payments: ")
                .contains("figures differ from the 2017 report's"); // three sample days are not the year
        assertThat(Files.readAllLines(outbox.resolve("2017-01-03/rejects.csv"))).contains(
                "members.csv;4;M000008;iban;BE56363123456789;IBAN check digits do not match (mod 97): 'BE56363123456789'",
                "members.csv;4;M000008;team;PURPLE;teams exist only in the office BRUXELLES",
                "contracts.csv;3;K000002;contract_id;K000002;duplicate: contract already imported with the same terms");
    }

    @Test
    void aNightAlreadyCompletedIsRefusedWithItsOwnExitCodeAndChangesNothing() throws Exception {
        String inbox = SampleData.inbox().toString();
        Run first = run("nightly", "--date", "2017-01-02", "--inbox", inbox);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("nightly 2017-01-02: COMPLETED")
                .containsPattern("contracts.csv +7 +5 +2")
                .contains("rejects.csv");
        long rejects = count("select count(*) from import_reject");

        Run again = run("nightly", "--date", "2017-01-02", "--inbox", inbox);

        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.out()).contains("nightly 2017-01-02: already completed, nothing done");
        assertThat(count("select count(*) from import_reject")).isEqualTo(rejects);
        Run jobs = run("jobs");
        assertThat(jobs.exitCode()).isZero();
        assertThat(jobs.out()).contains("nightlyJob").contains("importFeedsJob").contains("2017-01-02").contains("COMPLETED");
    }

    @Test
    void everyCommandHasHelpAndABadOptionIsAUsageError() {
        for (String command : List.of("nightly", "replay", "jobs", "restart")) {
            assertThat(BackofficeCli.execute(command, "--help")).as(command).isZero();
        }
        assertThat(BackofficeCli.execute("nightly", "--date", "2017-02-30")).isEqualTo(2);
    }
}
