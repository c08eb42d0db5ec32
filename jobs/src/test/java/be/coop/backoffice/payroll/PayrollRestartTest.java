package be.coop.backoffice.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.testing.PayrollFixtures;
import be.coop.backoffice.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A payroll run that dies in its third chunk restarts and pays every contract exactly once. */
@SpringBootTest(classes = BackofficeApplication.class)
class PayrollRestartTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "payroll_restart");
    }

    @TempDir
    static Path outbox;

    @Autowired
    JobOperator jobOperator;
    @Autowired
    Job payrollJob;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunDyingMidStepRestartsWithoutPayingAnyContractTwice() throws Exception {
        PayrollFixtures f = new PayrollFixtures(jdbc).client().member("S1", 1, null).member("E1", 2, null)
                .activity("A1", "E1");
        // 2,500 contracts ending on 13 March 2017: one student's 500 one-hour days (crossing the
        // 475-hour quota across chunks), and 2,000 employee days under an Activity
        jdbc.update("""
                insert into contract (contract_id, member_id, structure_code, contract_type, joint_committee, start_date,
                                      end_date, days_worked, hours_worked, gross_amount, activity_id, client_id, office_code,
                                      encoded_on)
                select 'G' || lpad(n::text, 5, '0'), case when n % 5 = 0 then 'S1' else 'E1' end, 'PA',
                       case when n % 5 = 0 then 'STUDENT' else 'EMPLOYEE' end, 200, '2017-03-13', '2017-03-13', 1,
                       1, 10 + n % 7, case when n % 5 = 0 then null else 'A1' end,
                       case when n % 5 = 0 then 'CL1' else null end, 'NAMUR', '2017-03-01'
                  from generate_series(1, 2500) n""");
        jdbc.execute("""
                create function die_in_third_chunk() returns trigger language plpgsql as $$
                begin
                    if new.contract_id = 'G02100' then raise exception 'simulated crash in the third chunk'; end if;
                    return new;
                end $$;
                create trigger crash before insert on payslip for each row execute function die_in_third_chunk();""");

        JobExecution failed = jobOperator.start(payrollJob, PayrollJobTest.parameters("2017-03-13", outbox));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.queryForObject("select count(*) from payslip", Integer.class)).isEqualTo(2000);

        jdbc.execute("drop trigger crash on payslip");
        JobExecution restarted = jobOperator.start(payrollJob, PayrollJobTest.parameters("2017-03-13", outbox));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).filteredOn(s -> s.getStepName().equals("computePayslipsStep"))
                .singleElement().satisfies(s -> assertThat(s.getWriteCount()).isEqualTo(500));
        assertThat(jdbc.queryForObject("select count(distinct contract_id) from payslip", Integer.class)).isEqualTo(2500);
        assertThat(jdbc.queryForObject("select count(*) from activity_ledger_entry", Integer.class)).isEqualTo(4000);
        assertThat(jdbc.queryForObject("select -sum(amount) from activity_ledger_entry where kind = 'SALARY'",
                BigDecimal.class)).isEqualByComparingTo(jdbc.queryForObject(
                "select sum(gross_amount) from payslip where activity_id = 'A1'", BigDecimal.class));
        // the student's 500 hours: the first 475 within the quota, whichever chunk they were paid in
        assertThat(jdbc.queryForObject("select sum(hours_beyond_quota) from payslip where member_id = 'S1'",
                BigDecimal.class)).isEqualByComparingTo("25");
        assertThat(jdbc.queryForObject("select max(student_hours_before) from payslip where member_id = 'S1'",
                BigDecimal.class)).isEqualByComparingTo("499");
    }
}
