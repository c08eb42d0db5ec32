package be.coop.backoffice.dimona;

import be.coop.backoffice.testing.ConfigFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.EnterpriseNumber;
import be.coop.backoffice.common.Niss;
import be.coop.backoffice.payroll.ContractType;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class DimonaDeclarationWriterTest {

    private static final DimonaEmployer PA = new DimonaEmployer("PA", "Productions Associées", "170001617",
            EnterpriseNumber.of("0800000174"));
    private static final LocalDateTime RUN = LocalDateTime.of(2017, 3, 13, 22, 15, 0);
    private static final String EMPLOYEE = Niss.forBirthDate(LocalDate.of(1985, 7, 30), 33).value();   // 85073003328
    private static final String STUDENT = Niss.forBirthDate(LocalDate.of(1998, 4, 12), 57).value();

    private final DimonaDeclarationWriter writer = new DimonaDeclarationWriter();

    @Test
    void aFileWithAnInAnUpdateAndACancelValidatesAgainstTheSchema() throws Exception {
        String xml = writer.toXml(PA, List.of(
                new DimonaIn("C-1", date("2017-03-15"), date("2017-03-17"), "85.07.30-033.28",
                        DimonaWorkerType.of(ContractType.ARTIST), null, "304"),
                new DimonaUpdate("C-2", 123456789012L, date("2017-03-16"), date("2017-03-20"), null, null),
                new DimonaCancel("C-3", 123456789013L, EMPLOYEE)), RUN);

        // validated by an independent validator too, against the schema shipped in the jar
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource(DimonaDeclarationWriter.SCHEMA))
                .newValidator().validate(new StreamSource(new StringReader(xml)));

        Document doc = parse(xml);
        assertThat(value(doc, "count(/Dimona/Form)")).isEqualTo("3");
        assertThat(value(doc, "/Dimona/Form[1]/Identification")).isEqualTo("DIMONA");
        assertThat(value(doc, "/Dimona/Form[1]/FormCreationDate")).isEqualTo("2017-03-13");
        assertThat(value(doc, "/Dimona/Form[1]/FormCreationHour")).isEqualTo("22:15:00.000");
        assertThat(value(doc, "/Dimona/Form[1]/Reference/ReferenceNbr")).isEqualTo("C-1");
        assertThat(value(doc, "/Dimona/Form[1]/DimonaIn/StartingDate")).isEqualTo("2017-03-15");
        assertThat(value(doc, "/Dimona/Form[1]/DimonaIn/EndingDate")).isEqualTo("2017-03-17");
        assertThat(value(doc, "/Dimona/Form[1]/DimonaIn/EmployerId/NOSSRegistrationNbr")).isEqualTo("170001617");
        assertThat(value(doc, "/Dimona/Form[1]/DimonaIn/EmployerId/CompanyID")).isEqualTo("0800000174");
        assertThat(value(doc, "/Dimona/Form[1]/DimonaIn/NaturalPerson/INSS")).isEqualTo("85073003328");
        assertThat(value(doc, "/Dimona/Form[1]/DimonaIn/DimonaFeatures/JointCommissionNbr")).isEqualTo("XXX");
        assertThat(value(doc, "/Dimona/Form[1]/DimonaIn/DimonaFeatures/WorkerType")).isEqualTo("OTH");
        assertThat(value(doc, "count(/Dimona/Form[1]/DimonaIn/PlannedHoursNbr)")).isEqualTo("0");

        assertThat(value(doc, "/Dimona/Form[2]/Reference/ReferenceNbr")).isEqualTo("C-2");
        assertThat(value(doc, "/Dimona/Form[2]/DimonaUpdate/DimonaPeriodId")).isEqualTo("123456789012");
        assertThat(value(doc, "/Dimona/Form[2]/DimonaUpdate/StartingDate")).isEqualTo("2017-03-16");
        assertThat(value(doc, "/Dimona/Form[2]/DimonaUpdate/EndingDate")).isEqualTo("2017-03-20");
        assertThat(value(doc, "/Dimona/Form[2]/DimonaUpdate/EmployerId/NOSSRegistrationNbr")).isEqualTo("170001617");

        assertThat(value(doc, "/Dimona/Form[3]/Reference/ReferenceNbr")).isEqualTo("C-3");
        assertThat(value(doc, "/Dimona/Form[3]/DimonaCancel/DimonaPeriodId")).isEqualTo("123456789013");
        assertThat(value(doc, "/Dimona/Form[3]/DimonaCancel/INSS")).isEqualTo(EMPLOYEE);
    }

    @Test
    void aStudentIsDeclaredStuWithPlannedHours() throws Exception {
        String xml = writer.toXml(PA, List.of(new DimonaIn("C-STU", date("2017-07-03"), date("2017-07-07"), STUDENT,
                DimonaWorkerType.of(ContractType.STUDENT), 30, "200")), RUN);

        Document doc = parse(xml);
        assertThat(value(doc, "/Dimona/Form/DimonaIn/PlannedHoursNbr")).isEqualTo("30");
        assertThat(value(doc, "/Dimona/Form/DimonaIn/DimonaFeatures/WorkerType")).isEqualTo("STU");
        assertThat(value(doc, "/Dimona/Form/DimonaIn/NaturalPerson/INSS")).isEqualTo(STUDENT);
    }

    @Test
    void aBadNationalNumberIsRefusedNamingTheContract() {
        List<DimonaDeclaration> declarations = List.of(
                in("C-OK", EMPLOYEE),
                in("C-BAD-NISS", "85073003329"));

        assertThatThrownBy(() -> writer.toXml(PA, declarations, RUN))
                .isInstanceOf(InvalidDeclarationException.class)
                .hasMessageContaining("contract C-BAD-NISS: national number check digits do not match")
                .hasMessageNotContaining("contract C-OK");
    }

    @Test
    void aMissingStartDateIsRefusedByTheSchemaNamingTheContract() {
        List<DimonaDeclaration> declarations = List.of(
                in("C-OK", EMPLOYEE),
                new DimonaIn("C-NO-START", null, date("2017-03-17"), EMPLOYEE, DimonaWorkerType.OTH, null, "200"),
                in("C-OK-2", EMPLOYEE));

        assertThatThrownBy(() -> writer.toXml(PA, declarations, RUN))
                .isInstanceOfSatisfying(InvalidDeclarationException.class, e -> {
                    assertThat(e.rejections()).extracting(InvalidDeclarationException.Rejection::contractId)
                            .containsOnly("C-NO-START");
                    assertThat(e.rejections().get(0).reason()).contains("StartingDate");
                })
                .hasMessageContaining("contract C-NO-START");
    }

    @Test
    void anUpdateWithoutThePeriodOfTheOriginalDeclarationIsRefused() {
        List<DimonaDeclaration> declarations = List.of(
                new DimonaUpdate("C-UPD", null, date("2017-03-16"), null, null, null));

        assertThatThrownBy(() -> writer.toXml(PA, declarations, RUN))
                .hasMessageContaining("contract C-UPD").hasMessageContaining("DimonaPeriodId");
    }

    @Test
    void aStudentWithoutPlannedHoursIsRefused() {
        List<DimonaDeclaration> declarations = List.of(new DimonaIn("C-STU", date("2017-07-03"), date("2017-07-07"),
                STUDENT, DimonaWorkerType.STU, null, "200"));

        assertThatThrownBy(() -> writer.toXml(PA, declarations, RUN))
                .hasMessageContaining("contract C-STU: a student (STU) is declared with planned hours");
    }

    @Test
    void plannedHoursBeyondTheSchemaLimitAreRefusedNamingTheContract() {
        List<DimonaDeclaration> declarations = List.of(new DimonaIn("C-STU-1000", date("2017-07-03"), date("2017-07-31"),
                STUDENT, DimonaWorkerType.STU, 1000, "200"));

        assertThatThrownBy(() -> writer.toXml(PA, declarations, RUN))
                .hasMessageContaining("contract C-STU-1000").hasMessageContaining("1000");
    }

    @Test
    void anUnknownJointCommitteeIsRefusedByTheSchema() {
        List<DimonaDeclaration> declarations = List.of(new DimonaIn("C-JC", date("2017-03-15"), date("2017-03-15"),
                EMPLOYEE, DimonaWorkerType.OTH, null, "999"));

        assertThatThrownBy(() -> writer.toXml(PA, declarations, RUN))
                .hasMessageContaining("contract C-JC").hasMessageContaining("999");
    }

    @Test
    void writesTheFileOnlyWhenEveryDeclarationIsValid(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("dimona-PA-2017-03-13.xml");
        Path bad = dir.resolve("dimona-PA-2017-03-14.xml");

        writer.write(PA, List.of(in("C-1", EMPLOYEE)), RUN, good);
        assertThatThrownBy(() -> writer.write(PA, List.of(in("C-1", EMPLOYEE), in("C-2", "123")), RUN, bad))
                .hasMessageContaining("contract C-2");

        assertThat(Files.readString(good)).contains("<ReferenceNbr>C-1</ReferenceNbr>");
        assertThat(bad).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(good);
        }
    }

    @Test
    void aNightsFileIsStreamedWithTheBytesOfTheDocumentAndOneTheSchemaRefusesLeavesNothing(@TempDir Path dir)
            throws Exception {
        List<DimonaDeclaration> night = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            night.add(in("C-" + i, EMPLOYEE));
        }
        Path file = dir.resolve("dimona.xml");

        writer.write(PA, night, RUN, file);

        assertThat(Files.size(file)).isGreaterThan(200_000);
        assertThat(Files.readString(file)).isEqualTo(writer.toXml(PA, night, RUN));

        // refused by the schema once written into the temporary file: neither file is left
        night.add(150, new DimonaIn("C-NO-START", null, date("2017-03-17"), EMPLOYEE, DimonaWorkerType.OTH, null, "200"));
        Path refused = dir.resolve("refused.xml");
        assertThatThrownBy(() -> writer.write(PA, night, RUN, refused))
                .isInstanceOfSatisfying(InvalidDeclarationException.class, e -> assertThat(e.rejections())
                        .extracting(InvalidDeclarationException.Rejection::contractId).containsOnly("C-NO-START"));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theConfiguredStructuresHaveValidRegistrationNumbers() {
        DimonaEmployers employers = DimonaEmployers.load(ConfigFiles.path("dimona-employers.csv"));

        assertThat(employers.forStructure("PA").nossRegistrationNumber()).isEqualTo("170001617");
        assertThat(employers.forStructure("PI").name()).isEqualTo("Palais de l'Intérim");
        assertThat(employers.forStructure("FA").enterpriseNumber().value()).isEqualTo("0800000372");
        assertThatThrownBy(() -> employers.forStructure("XX")).hasMessageContaining("no DIMONA employer for structure 'XX'");
    }

    @Test
    void aRegistrationNumberWithWrongCheckDigitsIsRefused() {
        // 1751108: 96 - (175110800 mod 97) = 01, as in the schema's examples
        assertThat(new DimonaEmployer("X", "x", "175110801", null).nossRegistrationNumber()).isEqualTo("175110801");
        assertThatThrownBy(() -> new DimonaEmployer("X", "x", "175110802", null)).hasMessageContaining("check digits");
    }

    private static DimonaIn in(String contractId, String niss) {
        return new DimonaIn(contractId, date("2017-03-15"), date("2017-03-17"), niss, DimonaWorkerType.OTH, null, "200");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String value(Document doc, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        return xpath.evaluate(expression, doc);
    }
}
