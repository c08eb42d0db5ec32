package be.coop.backoffice.imports;

import be.coop.backoffice.batch.NightlyParameters;
import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.testing.SampleData;
import be.coop.backoffice.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** importFeedsJob on a real PostgreSQL, over the three committed sample days, in date order. */
@SpringBootTest(classes = BackofficeApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportFeedsJobTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "import_job");
    }

    @TempDir
    static Path outbox;

    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job importFeedsJob;
    @Autowired
    JdbcTemplate jdbc;

    private JobExecution importDay(String date) throws Exception {
        JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
        utils.setJob(importFeedsJob);
        return utils.startJob(new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, LocalDate.parse(date))
                .addString(NightlyParameters.INBOX, SampleData.inbox().toString(), false)
                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                .toJobParameters());
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> importFiles(String date) {
        return jdbc.queryForList("select feed, lines_read, written, rejected from import_file where business_date = ?::date"
                + " order by feed", date);
    }

    @Test
    @Order(1)
    void firstDayImportsEveryValidLineAndRejectsTheOthersWithTheirRule() throws Exception {
        JobExecution execution = importDay("2017-01-02");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(execution, "importMembersStep").getReadCount()).isEqualTo(6);
        assertThat(step(execution, "importContractsStep").getReadCount()).isEqualTo(7);
        assertThat(step(execution, "importAccidentsStep").getReadCount()).isZero();
        assertThat(step(execution, "importContractsStep").getWriteCount()).isEqualTo(5);
        assertThat(step(execution, "importContractsStep").getFilterCount()).isEqualTo(2);
        assertThat(step(execution, "importContractsStep").getExitStatus().getExitDescription())
                .isEqualTo("contracts.csv: 7 lines read, 5 written, 2 rejected");
        assertThat(importFiles("2017-01-02")).containsExactly(
                Map.of("feed", "accidents", "lines_read", 0, "written", 0, "rejected", 0),
                Map.of("feed", "activities", "lines_read", 2, "written", 2, "rejected", 0),
                Map.of("feed", "clients", "lines_read", 5, "written", 4, "rejected", 1),
                Map.of("feed", "contracts", "lines_read", 7, "written", 5, "rejected", 2),
                Map.of("feed", "expenses", "lines_read", 1, "written", 1, "rejected", 0),
                Map.of("feed", "leasing", "lines_read", 1, "written", 1, "rejected", 0),
                Map.of("feed", "members", "lines_read", 6, "written", 5, "rejected", 1),
                Map.of("feed", "sales", "lines_read", 4, "written", 3, "rejected", 1));
        assertThat(jdbc.queryForObject("select sum(amount_excl_vat) from sale", String.class)).isEqualTo("2650.00");
        assertThat(Files.readAllLines(outbox.resolve("2017-01-02/rejects.csv"))).containsExactly(
                "file;line;record_id;field;value;reason",
                "members.csv;7;M000006;niss;88120141236;national number check digits do not match (mod 97): '88120141236'",
                "clients.csv;6;C000005;enterprise_number;0441001294;enterprise number check digits do not match (mod 97): '0441001294'",
                "contracts.csv;7;K000006;end_date;2017-01-04;must not be before start_date 2017-01-06",
                "contracts.csv;8;K000007;member_id;M000099;unknown member",
                "sales.csv;5;S000004;amount_excl_vat;-50.00;amount must be greater than zero");
    }

    @Test
    @Order(2)
    void secondDayAmendsCancelsAndRefusesDuplicates() throws Exception {
        JobExecution execution = importDay("2017-01-03");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(importFiles("2017-01-03")).contains(
                Map.of("feed", "members", "lines_read", 3, "written", 1, "rejected", 2),
                Map.of("feed", "contracts", "lines_read", 5, "written", 2, "rejected", 3),
                Map.of("feed", "sales", "lines_read", 4, "written", 2, "rejected", 2));
        assertThat(jdbc.queryForMap("select end_date::text, days_worked, gross_amount::text, version, amended_on::text"
                + " from contract where contract_id = 'K000001'")).isEqualTo(Map.of("end_date", "2017-01-05",
                "days_worked", 3, "gross_amount", "630.00", "version", 2, "amended_on", "2017-01-03"));
        assertThat(jdbc.queryForMap("select status, cancelled_on::text from contract where contract_id = 'K000004'"))
                .isEqualTo(Map.of("status", "CANCELLED", "cancelled_on", "2017-01-03"));
        assertThat(jdbc.queryForObject("select count(*) from member", Integer.class)).isEqualTo(6);
    }

    @Test
    @Order(3)
    void thirdDayCancelsASaleAndChecksAccidentsAgainstContracts() throws Exception {
        JobExecution execution = importDay("2017-01-04");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select status from sale where sale_id = 'S000002'", String.class))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.queryForList("select accident_id from accident order by 1", String.class))
                .containsExactly("X000001", "X000002");
        assertThat(jdbc.queryForObject("select sum(lines_read) - sum(written) - sum(rejected) from import_file",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(distinct (business_date, feed, line)) from import_reject",
                Integer.class)).isEqualTo(jdbc.queryForObject("select sum(rejected) from import_file", Integer.class));
    }

    @Test
    @Order(4)
    void aCompletedDateIsNotImportedTwice() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importDay("2017-01-02"))
                .isInstanceOf(org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException.class);
        assertThat(jdbc.queryForObject("select count(*) from sale", Integer.class)).isEqualTo(5);
    }
}
