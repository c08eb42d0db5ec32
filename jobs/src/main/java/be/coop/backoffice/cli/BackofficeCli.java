package be.coop.backoffice.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar backoffice.jar <command>}: the back office's batch jobs. */
@Command(name = "backoffice", mixinStandardHelpOptions = true, version = "backoffice 1.0",
        description = "Batch jobs of the cooperative's back office: nightly imports, invoicing, payments, payroll.",
        subcommands = {GenerateCommand.class, NightlyCommand.class, ReplayCommand.class, DemoCommand.class,
                FiguresCommand.class, BenchmarkCommand.class,
                JobsCommand.class, RestartCommand.class, SuspenseCommand.class, CommandLine.HelpCommand.class})
public class BackofficeCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code (0 only when what was asked completed). */
    public static int execute(String... args) {
        return new CommandLine(new BackofficeCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
