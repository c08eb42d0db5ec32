package be.coop.backoffice.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Runs the nightly chain for one business date: imports inbox/<date>/ and writes outbox/<date>/.",
                "A date that completed is refused; a date that failed or was killed restarts where it stopped.",
                "Exit code 0 when the night completed, 1 when it failed, 3 when it had already completed."})
class NightlyCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The business date.")
    LocalDate date;

    @Mixin
    FolderOptions folders;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Backoffice.start(database)) {
            NightlyRun night = new NightlyRun(context, folders.inbox(database), folders.outbox(database));
            NightlyRun.Result result = night.run(date);
            Report.night(System.out, night, result);
            return switch (result.outcome()) {
                case COMPLETED -> 0;
                case FAILED -> 1;
                case ALREADY_COMPLETED -> 3;
            };
        }
    }
}
