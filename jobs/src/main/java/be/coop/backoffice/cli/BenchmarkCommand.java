package be.coop.backoffice.cli;

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
        description = {"Measures the jobs on a synthetic year: inserts the year's sales into a fresh database, invoices",
                "them in one run and compares the rate with a raw COPY of the same invoice rows.",
                "Without --db, a fresh embedded PostgreSQL in a temporary folder, deleted afterwards.",
                "Run it with the heap the nightly gets, e.g. java -Xmx512m -jar backoffice.jar benchmark."})
class BenchmarkCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--sales", defaultValue = "170000", description = "Sales in the year (default: ${DEFAULT-VALUE}).")
    int sales;

    @Option(names = "--year", defaultValue = "2017", description = "The year (default: ${DEFAULT-VALUE}).")
    int year;

    @Override
    public Integer call() throws Exception {
        Path scratch = null;
        if (database.url == null) {
            scratch = Files.createTempDirectory("backoffice-benchmark");
            database.home = scratch.toString();
        }
        try (ConfigurableApplicationContext context = Backoffice.start(database)) {
            Benchmark.run(context, new BenchmarkYear(year, sales), System.out);
            return 0;
        } finally {
            if (scratch != null) {
                deleteRecursively(scratch);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
