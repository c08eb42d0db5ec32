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
            Replay replay = new Replay(new NightlyRun(context, inbox, outbox), System.out,
                    simulations(context, inbox, outbox, payments, paymentsSeed, acks));
            return replay.run(from, to).failed() == 0 ? 0 : 1;
        }
    }

    /**
     * What the outside world does before each night of a sample year: DIMONA answers the previous
     * night's declarations, the clients pay (simulated statements); each only when asked.
     */
    static Replay.BeforeNight simulations(ConfigurableApplicationContext context, Path inbox, Path outbox,
                                          boolean payments, long paymentsSeed, boolean dimonaAcks) {
        DimonaAckSimulator acknowledging = dimonaAcks ? new DimonaAckSimulator() : null;
        ClientPaymentSimulator paying = payments
                ? new ClientPaymentSimulator(context.getBean(JdbcTemplate.class), paymentsSeed) : null;
        return date -> {
            if (acknowledging != null) {
                acknowledging.simulate(date, inbox, outbox);
            }
            if (paying != null) {
                paying.simulate(date, inbox);
            }
        };
    }
}
