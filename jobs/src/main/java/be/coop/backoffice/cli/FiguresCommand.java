package be.coop.backoffice.cli;

import be.coop.backoffice.payroll.PayrollFigures;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"Prints the annual report's payroll tables of a year from the payslips in the database:",
                "workers, gross salary and days worked by contract type; workers and days by structure."})
class FiguresCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year (of the contracts' end dates).")
    int year;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Backoffice.start(database)) {
            new PayrollFigures(context.getBean(JdbcTemplate.class)).print(year, System.out);
            return 0;
        }
    }
}
