package be.coop.backoffice.cli;

import be.coop.backoffice.database.EmbeddedPostgresServer;
import be.coop.backoffice.payroll.PayrollBenchmark;
import be.coop.backoffice.sample.payments.PaymentsBenchmark;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import be.coop.backoffice.benchmark.Benchmark;
import be.coop.backoffice.benchmark.BenchmarkYear;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures the jobs on synthetic years, each stage on a fresh database of the same server:",
                "invoicing (the year's sales invoiced in one run, against a raw COPY of the same invoice rows),",
                "payments (a year of CODA statement lines imported and matched), payroll (a year of DIMONA",
                "declarations, payslips and salary files).",
                "Without --db, a fresh embedded PostgreSQL in a temporary folder, deleted afterwards.",
                "Run it with the heap the nightly gets, e.g. java -Xmx512m -jar backoffice.jar benchmark."})
class BenchmarkCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--sales", defaultValue = "170000", description = "Sales in the year (default: ${DEFAULT-VALUE}).")
    int sales;

    @Option(names = "--year", defaultValue = "2017", description = "The year (default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--stages", split = ",", defaultValue = "invoicing,payments,payroll",
            description = "Stages to run, among invoicing, payments, payroll (default: ${DEFAULT-VALUE}).")
    List<String> stages;

    @Option(names = "--warm-up-sales", defaultValue = "20000", description = {
            "Sales of a first, smaller year invoiced and emptied out again before the measured one, so the JVM",
            "has compiled the hot code; 0 for none. Only on the benchmark's own embedded database: with --db,",
            "none (default: ${DEFAULT-VALUE})."})
    int warmUpSales;

    @Option(names = "--payment-lines", defaultValue = "170000", description = "Statement lines (default: ${DEFAULT-VALUE}).")
    int paymentLines;

    @Option(names = "--contracts", defaultValue = "250000", description = "Contracts for payroll (default: ${DEFAULT-VALUE}).")
    int contracts;

    @Override
    public Integer call() throws Exception {
        Path scratch = null;
        if (database.url == null) {
            scratch = Files.createTempDirectory("backoffice-benchmark");
            database.home = scratch.toString();
        }
        try (ConfigurableApplicationContext context = Backoffice.start(database)) {
            if (stages.contains("invoicing")) {
                // the warm-up empties the tables it filled: only on a database the benchmark made for itself
                Benchmark.run(context, new BenchmarkYear(year, sales), database.url == null ? warmUpSales : 0,
                        System.out);
            }
            HikariDataSource main = context.getBean(HikariDataSource.class);
            Path work = Files.createTempDirectory("backoffice-benchmark-files");
            try {
                if (stages.contains("payments")) {
                    try (HikariDataSource paymentsDb = scratchDatabase(main, "benchmark_payments")) {
                        PaymentsBenchmark.run(paymentsDb, work.resolve("inbox"), paymentLines, System.out);
                    }
                }
                if (stages.contains("payroll")) {
                    try (HikariDataSource payrollDb = scratchDatabase(main, "benchmark_payroll")) {
                        PayrollBenchmark.run(payrollDb, System.out, contracts, work.resolve("outbox"));
                    }
                }
            } finally {
                deleteRecursively(work);
            }
            return 0;
        } finally {
            if (scratch != null) {
                deleteRecursively(scratch);
            }
        }
    }

    /** A new, migrated database beside the main one, on the same server; dropped first if it exists. */
    static HikariDataSource scratchDatabase(HikariDataSource main, String name) {
        JdbcTemplate jdbc = new JdbcTemplate(main);
        jdbc.execute("drop database if exists " + name);
        jdbc.execute("create database " + name + " " + EmbeddedPostgresServer.DATABASE_OPTIONS);
        String url = main.getJdbcUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        HikariDataSource scratch = new HikariDataSource();
        scratch.setJdbcUrl(base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query)));
        scratch.setUsername(main.getUsername());
        scratch.setPassword(main.getPassword());
        scratch.setMaximumPoolSize(4);
        Flyway.configure().dataSource(scratch).locations("classpath:db/migration").load().migrate();
        return scratch;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
