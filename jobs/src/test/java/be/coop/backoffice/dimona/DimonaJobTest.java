package be.coop.backoffice.dimona;

import be.coop.backoffice.testing.ConfigFiles;
import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.BackofficeApplication;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.xml.SchemaCheck;
import be.coop.backoffice.testing.PayrollFixtures;
import be.coop.backoffice.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * dimonaJob on a real PostgreSQL over three nights: Ins for the next business day's contracts (a late
 * one flagged, an invalid one reported and not sent), then acknowledgements, an Update after an
 * amendment, a Cancel after a cancellation.
 */
@SpringBootTest(classes = BackofficeApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DimonaJobTest {

    private static final SchemaCheck SCHEMA = new SchemaCheck(DimonaDeclarationWriter.SCHEMA);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "dimona_job");
    }

    @TempDir
    static Path inbox;
    @TempDir
    static Path outbox;

    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job dimonaJob;
    @Autowired
    JdbcTemplate jdbc;

    private JobExecution night(String date) throws Exception {
        JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
        utils.setJob(dimonaJob);
        return utils.startJob(new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, LocalDate.parse(date))
                .addString(NightlyParameters.INBOX, inbox.toString(), false)
                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                .toJobParameters());
    }

    private String reference(String contract, String kind) {
        return jdbc.queryForObject("select reference from dimona_declaration where contract_id = ? and kind = ?"
                + " order by declaration_id desc limit 1", String.class, contract, kind);
    }

    private static List<String> report(String date) throws Exception {
        return Files.readAllLines(outbox.resolve(date).resolve(DimonaReport.FILE_NAME));
    }

    private static String file(String date) throws Exception {
        String xml = Files.readString(outbox.resolve(date).resolve(DimonaFileWriter.FILE_NAME));
        assertThat(SCHEMA.errors(xml)).isEmpty();
        return xml;
    }

    @Test
    @Order(1)
    void thursdayDeclaresFridaysContractsFlagsTheLateOneAndReportsTheInvalidOne() throws Exception {
        PayrollFixtures f = new PayrollFixtures(jdbc).client()
                .member("M1", 1, null).member("M2", 2, null).member("M3", 3, null)
                .member("M5", "12345678901", 5, null);
        f.contract("K1", "M1", "PA", "EMPLOYEE", "2017-03-10", "2017-03-10", 1, "8", "200", false, null, "2017-03-01");
        f.contract("K2", "M2", "PI", "STUDENT", "2017-03-10", "2017-03-12", 2, "7.5", "90", false, null, "2017-03-01");
        f.contract("K3", "M3", "PA", "ARTIST", "2017-03-13", "2017-03-13", 1, "8", "300", false, null, "2017-03-01");
        f.contract("K4", "M3", "FA", "ARTIST", "2017-03-06", "2017-03-07", 2, "16", "500", false, null, "2017-03-09");
        f.contract("K5", "M5", "PA", "EMPLOYEE", "2017-03-10", "2017-03-10", 1, "8", "200", false, null, "2017-03-02");

        JobExecution execution = night("2017-03-09");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String xml = file("2017-03-09");
        assertThat(xml).contains("<ReferenceNbr>" + reference("K4", "IN") + "</ReferenceNbr>")
                .contains("<PlannedHoursNbr>8</PlannedHoursNbr>")
                .doesNotContain("K3").doesNotContain("12345678901");
        assertThat(xml.split("<Form>", -1)).hasSize(4);
        assertThat(jdbc.queryForList("select contract_id || ' ' || kind || ' ' || state || ' ' || late"
                + " from dimona_declaration order by declaration_id", String.class)).containsExactly(
                "K4 IN SENT true", "K1 IN SENT false", "K2 IN SENT false", "K5 IN TO_SEND false");
        assertThat(report("2017-03-09")).containsExactly(
                "outcome;reference;contract_id;kind;start_date;end_date;late;detail",
                "INVALID;" + reference("K5", "IN") + ";K5;IN;2017-03-10;2017-03-10;false;"
                        + "national number check digits do not match (mod 97): '12345678901'",
                "SENT;" + reference("K4", "IN") + ";K4;IN;2017-03-06;2017-03-07;true;",
                "SENT;" + reference("K1", "IN") + ";K1;IN;2017-03-10;2017-03-10;false;",
                "SENT;" + reference("K2", "IN") + ";K2;IN;2017-03-10;2017-03-12;false;");
    }

    @Test
    @Order(2)
    void aRestartWritesTheSameFile() throws Exception {
        byte[] before = Files.readAllBytes(outbox.resolve("2017-03-09/dimona.xml"));
        Files.delete(outbox.resolve("2017-03-09/dimona.xml"));

        int written = new DimonaFileWriter(jdbc, DimonaEmployers.load(ConfigFiles.path("dimona-employers.csv")))
                .write(LocalDate.parse("2017-03-09"), outbox);

        assertThat(written).isEqualTo(3);
        assertThat(Files.readAllBytes(outbox.resolve("2017-03-09/dimona.xml"))).isEqualTo(before);
    }

    @Test
    @Order(3)
    void fridayAppliesTheAcksSendsTheUpdateOfAnAmendedContractAndMondaysIn() throws Exception {
        Files.createDirectories(inbox.resolve("2017-03-10"));
        Files.writeString(inbox.resolve("2017-03-10/dimona-acks.csv"), String.join("\n",
                "reference;result;period_id;message",
                reference("K1", "IN") + ";ACCEPTED;100000000001;",
                reference("K2", "IN") + ";REFUSED;;\"INSS unknown; check the national number\"",
                reference("K4", "IN") + ";ACCEPTED_WARNING;100000000004;declared after the start",
                "DIM999999999999;ACCEPTED;1;",
                reference("K5", "IN") + ";ACCEPTED;100000000005;") + "\n");
        new PayrollFixtures(jdbc).amend("K1", "2017-03-10", "2017-03-11", "2017-03-10");

        JobExecution execution = night("2017-03-10");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("select contract_id || ' ' || kind || ' ' || state || ' ' || coalesce(dimona_period_id::text, '-')"
                + " from dimona_declaration order by declaration_id", String.class)).containsExactly(
                "K4 IN ACCEPTED_WARNING 100000000004", "K1 IN ACCEPTED 100000000001", "K2 IN REFUSED -",
                "K5 IN TO_SEND -", "K1 UPDATE SENT 100000000001", "K3 IN SENT -");
        String xml = file("2017-03-10");
        assertThat(xml).contains("<DimonaPeriodId>100000000001</DimonaPeriodId>")
                .contains("<EndingDate>2017-03-11</EndingDate>");
        assertThat(report("2017-03-10")).containsExactly(
                "outcome;reference;contract_id;kind;start_date;end_date;late;detail",
                "ACK_PROBLEM;DIM999999999999;;;;;;line 5: no declaration has the reference DIM999999999999",
                "ACK_PROBLEM;" + reference("K5", "IN") + ";;;;;;line 6: declaration " + reference("K5", "IN") + " was never sent",
                "ACCEPTED_WARNING;" + reference("K4", "IN") + ";K4;IN;2017-03-06;2017-03-07;true;declared after the start",
                "REFUSED;" + reference("K2", "IN") + ";K2;IN;2017-03-10;2017-03-12;false;\"INSS unknown; check the national number\"",
                "INVALID;" + reference("K5", "IN") + ";K5;IN;2017-03-10;2017-03-10;false;"
                        + "national number check digits do not match (mod 97): '12345678901'",
                "SENT;" + reference("K1", "UPDATE") + ";K1;UPDATE;2017-03-10;2017-03-11;false;",
                "SENT;" + reference("K3", "IN") + ";K3;IN;2017-03-13;2017-03-13;false;");
    }

    @Test
    @Order(4)
    void saturdayCancelsACancelledContractAndRedeclaresTheRefusedOneOnceAmended() throws Exception {
        Files.createDirectories(inbox.resolve("2017-03-11"));
        Files.writeString(inbox.resolve("2017-03-11/dimona-acks.csv"), String.join("\n",
                "reference;result;period_id;message",
                reference("K3", "IN") + ";ACCEPTED;100000000003;",
                reference("K1", "UPDATE") + ";ACCEPTED;;") + "\n");
        PayrollFixtures f = new PayrollFixtures(jdbc);
        f.cancel("K3", "2017-03-11");
        f.amend("K2", "2017-03-10", "2017-03-12", "2017-03-11");

        JobExecution execution = night("2017-03-11");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String xml = file("2017-03-11");
        assertThat(xml).contains("<DimonaCancel>").contains("<DimonaPeriodId>100000000003</DimonaPeriodId>");
        assertThat(jdbc.queryForList("select contract_id || ' ' || kind || ' ' || state from dimona_declaration"
                + " where created_on = '2017-03-11' order by declaration_id", String.class))
                .containsExactly("K2 IN SENT", "K3 CANCEL SENT");
        assertThat(jdbc.queryForObject("select count(*) from dimona_declaration where kind = 'UPDATE' and state = 'ACCEPTED'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    @Order(5)
    void aNightWithNothingNewWritesNoFileAndNoDeclaration() throws Exception {
        JobExecution execution = night("2017-03-12");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outbox.resolve("2017-03-12/dimona.xml")).doesNotExist();
        assertThat(jdbc.queryForObject("select count(*) from dimona_declaration where created_on = '2017-03-12'",
                Integer.class)).isZero();
        assertThat(report("2017-03-12")).hasSize(2);
    }

    @Test
    @Order(6)
    void aChangeWaitingMoreThanAWeekForTheAcknowledgementIsDeclaredTheNightItArrives() throws Exception {
        PayrollFixtures f = new PayrollFixtures(jdbc).member("M6", 6, null).member("M7", 7, null);
        f.contract("K6", "M6", "PA", "EMPLOYEE", "2017-03-14", "2017-03-24", 9, "72", "1800", false, null, "2017-03-13");
        f.contract("K7", "M7", "PA", "EMPLOYEE", "2017-03-14", "2017-03-14", 1, "8", "200", false, null, "2017-03-13");
        assertThat(night("2017-03-13").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // amended while its In waits for DIMONA's answer: the update needs the period id
        f.amend("K6", "2017-03-14", "2017-03-28", "2017-03-14");
        assertThat(night("2017-03-14").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outbox.resolve("2017-03-14/dimona.xml")).doesNotExist();
        // the answer comes eight days after the amendment, beyond the week amendments are looked at
        Files.createDirectories(inbox.resolve("2017-03-22"));
        Files.writeString(inbox.resolve("2017-03-22/dimona-acks.csv"), String.join("\n",
                "reference;result;period_id;message",
                reference("K6", "IN") + ";ACCEPTED;100000000006;",
                reference("K7", "IN") + ";ACCEPTED;100000000007;") + "\n");

        assertThat(night("2017-03-22").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("select contract_id || ' ' || kind || ' ' || state || ' ' || end_date"
                + " from dimona_declaration where contract_id in ('K6', 'K7') order by declaration_id", String.class))
                .containsExactly("K6 IN ACCEPTED 2017-03-24", "K7 IN ACCEPTED 2017-03-14",
                        "K6 UPDATE SENT 2017-03-28");
        assertThat(file("2017-03-22")).contains("<DimonaPeriodId>100000000006</DimonaPeriodId>")
                .contains("<EndingDate>2017-03-28</EndingDate>").doesNotContain("100000000007");
    }

    @Test
    @Order(7)
    void aContractImportedWithLastNightsDateAfterItsPreparationIsDeclaredTheNextNight() throws Exception {
        // imported with the date of 22 March once that night's declarations were prepared: it starts
        // on or before that night's horizon, so only its encoding date brings it back
        new PayrollFixtures(jdbc).member("M8", 8, null)
                .contract("K8", "M8", "PA", "EMPLOYEE", "2017-03-23", "2017-03-23", 1, "8", "200", false, null, "2017-03-22");

        assertThat(night("2017-03-23").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("select kind || ' ' || state || ' ' || late || ' ' || created_on"
                + " from dimona_declaration where contract_id = 'K8'", String.class))
                .containsExactly("IN SENT true 2017-03-23");
        assertThat(file("2017-03-23")).contains("<ReferenceNbr>" + reference("K8", "IN") + "</ReferenceNbr>");
    }
}
