package be.coop.backoffice.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.cli.BackofficeCli;
import be.coop.backoffice.testing.SampleData;
import be.coop.backoffice.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The night's two branches (DIMONA, invoicing, payments, receivables on one side; payroll on the
 * other): a branch that fails does not stop the other, the night fails, and its restart runs again
 * only the job that failed.
 */
class NightlyBranchesTest {

    @TempDir
    Path home;

    private final String url = TestDatabase.newDatabase("nightly_branches");
    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));

    private int nightly(String date) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return BackofficeCli.execute("nightly", "--date", date, "--inbox", SampleData.inbox().toString(),
                    "--outbox", home.resolve("out").toString(), "--db", url, "--db-user", "postgres",
                    "--home", home.toString());
        } finally {
            System.setOut(original);
        }
    }

    /** Each job's executions, oldest first, as {@code job status}. */
    private List<String> executions() {
        return jdbc.queryForList("""
                select i.job_name || ' ' || e.status from batch_job_execution e
                  join batch_job_instance i on i.job_instance_id = e.job_instance_id
                 order by i.job_name, e.job_execution_id""", String.class);
    }

    @Test
    void aFailedInvoicingLeavesThePayrollDoneAndOnlyTheFailedBranchRunsAgain() {
        assertThat(nightly("2017-01-02")).isZero();
        // the invoicing of 3 January cannot write its invoices
        jdbc.execute("""
                create function invoicing_down() returns trigger language plpgsql as
                $$ begin raise exception 'invoicing is down'; end $$""");
        jdbc.execute("create trigger invoicing_down before insert on invoice for each statement execute function invoicing_down()");

        assertThat(nightly("2017-01-03")).isEqualTo(1);

        // payroll, on the other branch, paid K000002 (ended on the 3rd); payments and receivables,
        // after invoicing on its branch, did not run
        assertThat(jdbc.queryForList("select contract_id from payslip", String.class)).containsExactly("K000002");
        assertThat(jdbc.queryForObject("select count(*) from invoice where issue_date = '2017-01-03'", Integer.class))
                .isZero();
        assertThat(executions()).containsExactly(
                "dimonaJob COMPLETED", "dimonaJob COMPLETED",
                "importFeedsJob COMPLETED", "importFeedsJob COMPLETED",
                "invoicingJob COMPLETED", "invoicingJob FAILED",
                "nightlyJob COMPLETED", "nightlyJob FAILED",
                "paymentsJob COMPLETED",
                "payrollJob COMPLETED", "payrollJob COMPLETED",
                "receivablesJob COMPLETED");

        jdbc.execute("drop trigger invoicing_down on invoice");
        assertThat(nightly("2017-01-03")).isZero();

        assertThat(jdbc.queryForObject("select count(*) from invoice where issue_date = '2017-01-03'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForList("select contract_id from payslip", String.class)).containsExactly("K000002");
        assertThat(executions()).containsExactly(
                "dimonaJob COMPLETED", "dimonaJob COMPLETED",
                "importFeedsJob COMPLETED", "importFeedsJob COMPLETED",
                "invoicingJob COMPLETED", "invoicingJob FAILED", "invoicingJob COMPLETED",
                "nightlyJob COMPLETED", "nightlyJob FAILED", "nightlyJob COMPLETED",
                "paymentsJob COMPLETED", "paymentsJob COMPLETED",
                "payrollJob COMPLETED", "payrollJob COMPLETED",
                "receivablesJob COMPLETED", "receivablesJob COMPLETED");
    }
}
