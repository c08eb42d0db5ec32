package be.coop.backoffice.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {"Lists the recent job executions: id, job, business date, status, counts, duration.",
                "Counts add up the steps: lines read, rows written, lines rejected (filtered)."})
class JobsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--limit", defaultValue = "20", description = "How many executions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Backoffice.start(database)) {
            System.out.printf("%8s  %-16s %-10s %-9s %8s %8s %8s %9s  %s%n", "id", "job", "date", "status", "read",
                    "written", "rejected", "seconds", "exit");
            context.getBean(JdbcTemplate.class).query("""
                    select e.job_execution_id, i.job_name,
                           (select p.parameter_value from batch_job_execution_params p
                             where p.job_execution_id = e.job_execution_id and p.parameter_name = 'businessDate') as business_date,
                           e.status,
                           coalesce(sum(s.read_count), 0), coalesce(sum(s.write_count), 0), coalesce(sum(s.filter_count), 0),
                           extract(epoch from (coalesce(e.end_time, e.last_updated) - e.start_time)),
                           e.exit_code
                      from batch_job_execution e
                      join batch_job_instance i on i.job_instance_id = e.job_instance_id
                      left join batch_step_execution s on s.job_execution_id = e.job_execution_id
                     group by e.job_execution_id, i.job_name
                     order by e.job_execution_id desc
                     limit ?""", rs -> {
                System.out.printf("%8d  %-16s %-10s %-9s %8d %8d %8d %9.2f  %s%n", rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getDouble(8), rs.getString(9));
            }, limit);
            return 0;
        }
    }
}
