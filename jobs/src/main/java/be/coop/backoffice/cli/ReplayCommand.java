package be.coop.backoffice.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
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

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            System.err.println("--to " + to + " is before --from " + from);
            return 2;
        }
        try (ConfigurableApplicationContext context = Backoffice.start(database)) {
            Replay replay = new Replay(new NightlyRun(context, folders.inbox(database), folders.outbox(database)), System.out);
            return replay.run(from, to).failed() == 0 ? 0 : 1;
        }
    }
}
