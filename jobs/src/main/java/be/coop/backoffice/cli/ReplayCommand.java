package be.coop.backoffice.cli;

import be.coop.backoffice.sample.payments.ClientPaymentSimulator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Runs the nightly chain for every business date of a range, in order, one progress line a day.",
                "Dates already completed are passed over; the replay stops at the first night that fails.",
                "Exit code 0 when every date of the range is completed."})
class ReplayCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First business date.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last business date (included).")
    LocalDate to;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Inbox root (default: <home>/inbox).")
    Path inbox;

    @Option(names = "--outbox", paramLabel = "DIR", description = "Outbox root (default: <home>/outbox).")
    Path outbox;

    @Option(names = "--no-payments-simulation",
            description = {"Do not write simulated bank statements into the inbox before each night. By default the",
                    "clients' payments of the day are simulated from the issued invoices (sample tooling, docs/payments.md)."})
    boolean noPaymentsSimulation;

    @Option(names = "--payments-seed", paramLabel = "N", defaultValue = "" + ClientPaymentSimulator.DEFAULT_SEED,
            description = "Seed of the payment simulation (default: ${DEFAULT-VALUE}).")
    long paymentsSeed;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            System.err.println("--to " + to + " is before --from " + from);
            return 2;
        }
        Path home = Path.of(database.home);
        try (ConfigurableApplicationContext context = Backoffice.start(database)) {
            Path inboxRoot = inbox != null ? inbox : home.resolve("inbox");
            Replay.BeforeNight beforeNight = date -> { };
            if (!noPaymentsSimulation) {
                ClientPaymentSimulator simulator = new ClientPaymentSimulator(context.getBean(JdbcTemplate.class), paymentsSeed);
                beforeNight = date -> simulator.simulate(date, inboxRoot);
            }
            Replay replay = new Replay(new NightlyRun(context, inboxRoot,
                    outbox != null ? outbox : home.resolve("outbox")), System.out, beforeNight);
            return replay.run(from, to).failed() == 0 ? 0 : 1;
        }
    }
}
