package be.coop.backoffice.sample.dimona;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DimonaAckSimulatorTest {

    @TempDir
    Path home;

    private static String form(String reference, String declaration) {
        return """
                <Form><Identification>DIMONA</Identification><FormCreationDate>2017-03-14</FormCreationDate>
                <FormCreationHour>22:00:00.000</FormCreationHour><AttestationStatus>0</AttestationStatus><TypeForm>SU</TypeForm>
                <Reference><ReferenceType>1</ReferenceType><ReferenceOrigin>1</ReferenceOrigin><ReferenceNbr>%s</ReferenceNbr></Reference>
                %s</Form>
                """.formatted(reference, declaration);
    }

    @Test
    void theNightAfterAFileEachDeclarationIsAcceptedAndLateInsWithAWarning() throws Exception {
        Path sent = Files.createDirectories(home.resolve("outbox/2017-03-14")).resolve("dimona.xml");
        Files.writeString(sent, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Dimona>\n"
                + form("DIM000000000007", "<DimonaIn><StartingDate>2017-03-15</StartingDate><EndingDate>2017-03-15</EndingDate></DimonaIn>")
                + form("DIM000000000008", "<DimonaIn><StartingDate>2017-03-14</StartingDate><EndingDate>2017-03-16</EndingDate></DimonaIn>")
                + form("DIM000000000009", "<DimonaUpdate><DimonaPeriodId>100000000003</DimonaPeriodId>"
                        + "<StartingDate>2017-03-20</StartingDate></DimonaUpdate>")
                + form("DIM000000000010", "<DimonaCancel><DimonaPeriodId>100000000004</DimonaPeriodId></DimonaCancel>")
                + "</Dimona>\n", StandardCharsets.UTF_8);

        int lines = new DimonaAckSimulator().simulate(LocalDate.of(2017, 3, 15), home.resolve("inbox"), home.resolve("outbox"));

        assertThat(lines).isEqualTo(4);
        assertThat(Files.readAllLines(home.resolve("inbox/2017-03-15/dimona-acks.csv"))).containsExactly(
                "reference;result;period_id;message",
                "DIM000000000007;ACCEPTED;100000000007;",
                "DIM000000000008;ACCEPTED_WARNING;100000000008;declared on or after the first day of work",
                "DIM000000000009;ACCEPTED;;",
                "DIM000000000010;ACCEPTED;;");
    }

    @Test
    void noFileTheNightBeforeMeansNoAnswer() {
        int lines = new DimonaAckSimulator().simulate(LocalDate.of(2017, 3, 15), home.resolve("inbox"), home.resolve("outbox"));

        assertThat(lines).isZero();
        assertThat(home.resolve("inbox/2017-03-15/dimona-acks.csv")).doesNotExist();
    }
}
