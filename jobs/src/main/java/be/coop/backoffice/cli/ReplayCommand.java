package be.coop.backoffice.cli;

import be.coop.backoffice.sample.SampleYearGenerator;
import be.coop.backoffice.sample.dimona.DimonaAckSimulator;
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

    @Mixin
    FolderOptions folders;

    @Option(names = "--payments-simulation", negatable = true,
            description = {"Before each night, write the clients' simulated bank statements of the day into the inbox,",
                    "paying the invoices issued so far (sample tooling, docs/payments.md). Default: on for a generated",
                    "sample year (its folder holds " + SampleYearGenerator.MARKER + "), off for any other inbox."})
    Boolean paymentsSimulation;

    @Option(names = "--dimona-acks-simulation", negatable = true,
            description = {"Before each night, acknowledge the DIMONA file the night before sent, as DIMONA would",
                    "(sample tooling, docs/dimona.md). Default: on for a generated sample year, off otherwise."})
    Boolean dimonaAcksSimulation;

    @Option(names = "--payments-seed", paramLabel = "N", defaultValue = "" + ClientPaymentSimulator.DEFAULT_SEED,
            description = "Seed of the payment simulation (default: ${DEFAULT-VALUE}).")
    long paymentsSeed;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            System.err.println("--to " + to + " is before --from " + from);
            return 2;
        }
        try (ConfigurableApplicationContext context = Backoffice.start(database, Backoffice.ONE_LINE_A_NIGHT)) {
            Path inbox = folders.inbox(database);
            Path outbox = folders.outbox(database);
            boolean generated = SampleYearGenerator.isGeneratedInbox(inbox);
            boolean payments = paymentsSimulation != null ? paymentsSimulation : generated;
            boolean acks = dimonaAcksSimulation != null ? dimonaAcksSimulation : generated;
            Replay.BeforeNight paying = payments ? paymentsSimulation(context, inbox, paymentsSeed) : date -> { };
            Replay.BeforeNight acknowledging = acks ? dimonaAcksSimulation(inbox, outbox) : date -> { };
            Replay replay = new Replay(new NightlyRun(context, inbox, outbox), System.out, date -> {
                acknowledging.prepare(date);
                paying.prepare(date);
            });
            return replay.run(from, to).failed() == 0 ? 0 : 1;
        }
    }

    /** Writes DIMONA's answer to the previous night's declarations into the inbox before each night. */
    static Replay.BeforeNight dimonaAcksSimulation(Path inbox, Path outbox) {
        DimonaAckSimulator simulator = new DimonaAckSimulator();
        return date -> simulator.simulate(date, inbox, outbox);
    }

    /** Writes the day's simulated client payments into the inbox before each night. */
    static Replay.BeforeNight paymentsSimulation(ConfigurableApplicationContext context, Path inbox, long seed) {
        ClientPaymentSimulator simulator = new ClientPaymentSimulator(context.getBean(JdbcTemplate.class), seed);
        return date -> simulator.simulate(date, inbox);
    }
}
