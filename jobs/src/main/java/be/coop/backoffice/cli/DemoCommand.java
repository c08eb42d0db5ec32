package be.coop.backoffice.cli;

import be.coop.backoffice.sample.payments.ClientPaymentSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generates the sample year under <home>/sample-<year> if absent, replays every night of it"
                + " (with the clients' simulated payments and DIMONA's simulated answers), and prints the year's figures next to the report's.",
                "Nights already completed are passed over, so a second demo only prints the summary."})
class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--year", defaultValue = "2017", description = "Calendar year (default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--scale", defaultValue = "1.0", description = "Share of the real volumes (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "20170101", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        Path home = Path.of(database.home);
        Path sample = home.resolve("sample-" + year);
        if (Files.isDirectory(sample.resolve("inbox"))) {
            System.out.println("sample year found in " + sample.toAbsolutePath());
        } else {
            GenerateCommand.generate(year, scale, seed, sample);
        }
        Path outbox = home.resolve("outbox");
        try (ConfigurableApplicationContext context = Backoffice.start(database, Backoffice.ONE_LINE_A_NIGHT)) {
            Path inbox = sample.resolve("inbox");
            Replay.Totals totals = new Replay(new NightlyRun(context, inbox, outbox), System.out,
                    ReplayCommand.simulations(context, inbox, outbox, true, ClientPaymentSimulator.DEFAULT_SEED, true))
                    .run(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            System.out.println();
            Report.year(System.out, context.getBean(JdbcTemplate.class), year);
            System.out.println();
            System.out.println("database: " + (database.url != null ? database.url
                    : "embedded PostgreSQL, data in " + home.resolve("pgdata").toAbsolutePath()));
            System.out.println("outputs:  " + outbox.toAbsolutePath() + "/YYYY-MM-DD/ (rejects.csv, invoices.csv, payments.csv,"
                    + " dimona.xml, salaries-*.xml, reports)");
            System.out.println("list the runs with: java -jar jobs/target/backoffice.jar jobs");
            return totals.failed() == 0 ? 0 : 1;
        }
    }
}
