package be.coop.backoffice.sepa;

import be.coop.backoffice.testing.ConfigFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SalaryTransferFileWriterTest {

    private static final DebtorAccount PA = new DebtorAccount("PA", "Productions Associees",
            Iban.of("BE53 0680 0123 4553"), "GKCCBEBB");
    private static final LocalDateTime RUN = LocalDateTime.of(2017, 3, 13, 22, 30, 0);
    private static final LocalDate PAYMENT_DATE = LocalDate.of(2017, 3, 20);

    private final SalaryTransferFileWriter writer = new SalaryTransferFileWriter();

    @Test
    void aFileOfThreeTransfersValidatesWithItsCountAndControlSum() throws Exception {
        String xml = writer.toXml(batch(
                transfer("PS-1", "Anne Dupont", "BE07363001234566", "580.25", "Salary contract C-EMP 06-10/03/2017"),
                transfer("PS-2", "Jan Peeters", "BE88363005432141", "25.44", "Salary contract C-BIKE 14/09/2017"),
                transfer("PS-3", "Zoë Lefèvre", "FR1420041010050500013M02606", "262.68", "Salary contract C-STU")));

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource(SalaryTransferFileWriter.SCHEMA))
                .newValidator().validate(new StreamSource(new StringReader(xml)));

        Document doc = parse(xml);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
        assertThat(value(doc, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:MsgId")).isEqualTo("SAL-PA-20170320-1");
        assertThat(value(doc, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:CreDtTm")).isEqualTo("2017-03-13T22:30:00");
        assertThat(value(doc, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs")).isEqualTo("3");
        assertThat(value(doc, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum")).isEqualTo("868.37");   // 580.25 + 25.44 + 262.68
        assertThat(value(doc, "//p:PmtInf/p:NbOfTxs")).isEqualTo("3");
        assertThat(value(doc, "//p:PmtInf/p:CtrlSum")).isEqualTo("868.37");
        assertThat(value(doc, "//p:PmtInf/p:ReqdExctnDt")).isEqualTo("2017-03-20");
        assertThat(value(doc, "//p:PmtInf/p:PmtTpInf/p:CtgyPurp/p:Cd")).isEqualTo("SALA");
        assertThat(value(doc, "//p:PmtInf/p:Dbtr/p:Nm")).isEqualTo("Productions Associees");
        assertThat(value(doc, "//p:PmtInf/p:DbtrAcct/p:Id/p:IBAN")).isEqualTo("BE53068001234553");
        assertThat(value(doc, "//p:PmtInf/p:DbtrAgt/p:FinInstnId/p:BIC")).isEqualTo("GKCCBEBB");

        assertThat(value(doc, "//p:CdtTrfTxInf[1]/p:PmtId/p:EndToEndId")).isEqualTo("PS-1");
        assertThat(value(doc, "//p:CdtTrfTxInf[1]/p:Amt/p:InstdAmt")).isEqualTo("580.25");
        assertThat(value(doc, "//p:CdtTrfTxInf[1]/p:Amt/p:InstdAmt/@Ccy")).isEqualTo("EUR");
        assertThat(value(doc, "//p:CdtTrfTxInf[1]/p:Cdtr/p:Nm")).isEqualTo("Anne Dupont");
        assertThat(value(doc, "//p:CdtTrfTxInf[1]/p:CdtrAcct/p:Id/p:IBAN")).isEqualTo("BE07363001234566");
        assertThat(value(doc, "//p:CdtTrfTxInf[1]/p:RmtInf/p:Ustrd")).isEqualTo("Salary contract C-EMP 06-10/03/2017");
        assertThat(value(doc, "//p:CdtTrfTxInf[3]/p:Cdtr/p:Nm")).isEqualTo("Zoe Lefevre");   // EPC basic Latin
        assertThat(value(doc, "//p:CdtTrfTxInf[3]/p:CdtrAcct/p:Id/p:IBAN")).isEqualTo("FR1420041010050500013M02606");

        // the control sum is the sum of the amounts read back
        Money sum = Money.ZERO;
        for (int i = 1; i <= 3; i++) {
            sum = sum.plus(Money.parse(value(doc, "//p:CdtTrfTxInf[" + i + "]/p:Amt/p:InstdAmt")));
        }
        assertThat(sum).isEqualTo(Money.parse(value(doc, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum")));
    }

    @Test
    void anInvalidIbanIsRefusedNamingThePayslipAndTheMember() {
        PaymentBatch batch = batch(
                transfer("PS-1", "Anne Dupont", "BE07363001234566", "580.25", "Salary"),
                transfer("PS-2", "Jan Peeters", "BE07363001234567", "25.44", "Salary"));

        assertThatThrownBy(() -> writer.toXml(batch))
                .isInstanceOf(InvalidTransferException.class)
                .hasMessageContaining("payslip PS-2 (Jan Peeters): IBAN check digits do not match")
                .hasMessageNotContaining("PS-1");
    }

    @Test
    void aZeroOrNegativeAmountIsRefused() {
        PaymentBatch batch = batch(
                transfer("PS-1", "Anne Dupont", "BE07363001234566", "0.00", "Salary"),
                transfer("PS-2", "Jan Peeters", "BE88363005432141", "-5.00", "Salary"));

        assertThatThrownBy(() -> writer.toXml(batch))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> assertThat(e.rejections())
                        .extracting(InvalidTransferException.Rejection::payslipId).containsExactly("PS-1", "PS-2"))
                .hasMessageContaining("amount must be positive");
    }

    @Test
    void aPayslipPaidTwiceInTheSameFileIsRefused() {
        PaymentBatch batch = batch(
                transfer("PS-1", "Anne Dupont", "BE07363001234566", "580.25", "Salary"),
                transfer("PS-1", "Anne Dupont", "BE07363001234566", "580.25", "Salary"));

        assertThatThrownBy(() -> writer.toXml(batch)).hasMessageContaining("payslip PS-1 (Anne Dupont): payslip paid twice");
    }

    @Test
    void aMessageIdTooLongForTheSchemaIsRefusedAtFileLevel() {
        PaymentBatch batch = new PaymentBatch("SAL-PA-20170320-1-WITH-A-VERY-LONG-SUFFIX", RUN, PAYMENT_DATE, PA,
                List.of(transfer("PS-1", "Anne Dupont", "BE07363001234566", "580.25", "Salary")));

        assertThatThrownBy(() -> writer.toXml(batch)).hasMessageContaining("batch: ").hasMessageContaining("35");
    }

    @Test
    void writesTheFileOnlyWhenTheBatchIsValid(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("salaries-PA-2017-03-20.xml");
        Path bad = dir.resolve("salaries-PA-2017-03-21.xml");

        writer.write(batch(transfer("PS-1", "Anne Dupont", "BE07363001234566", "580.25", "Salary")), good);
        assertThatThrownBy(() -> writer.write(batch(transfer("PS-2", "Jan Peeters", "BE00", "1.00", "Salary")), bad))
                .hasMessageContaining("PS-2");

        assertThat(Files.readString(good)).contains("<EndToEndId>PS-1</EndToEndId>");
        assertThat(bad).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(good);
        }
    }

    @Test
    void theConfiguredDebtorAccountsAreValid() {
        DebtorAccounts accounts = DebtorAccounts.load(ConfigFiles.path("debtor-accounts.csv"));

        assertThat(accounts.forPayer("PA").iban().value()).isEqualTo("BE53068001234553");
        assertThat(accounts.forPayer("FA").bic()).isEqualTo("GKCCBEBB");
        assertThatThrownBy(() -> accounts.forPayer("XX")).hasMessageContaining("no debtor account for payer 'XX'");
    }

    @Test
    void namesAreReducedToTheSepaCharacterSet() {
        assertThat(SalaryTransferFileWriter.latin("Zoë Lefèvre & Çelik")).isEqualTo("Zoe Lefevre Celik");
        assertThat(SalaryTransferFileWriter.latin("Søren Østergaard")).isEqualTo("Soren Ostergaard");
        assertThat(SalaryTransferFileWriter.latin("Łukasz Straße, Cœur")).isEqualTo("Lukasz Strasse, Coeur");
        assertThat(SalaryTransferFileWriter.latin("  ")).isNull();
        assertThat(SalaryTransferFileWriter.latin("")).isNull();
        assertThat(SalaryTransferFileWriter.latin("Salary contract K0001 01/03/2017-02/03/2017 (part 1+2), 'ok'?"))
                .isEqualTo("Salary contract K0001 01/03/2017-02/03/2017 (part 1+2), 'ok'?");
        assertThat(SalaryTransferFileWriter.latin(" Jan  de_Vries ")).isEqualTo("Jan de Vries");
    }

    private static PaymentBatch batch(SalaryTransfer... transfers) {
        return new PaymentBatch("SAL-PA-20170320-1", RUN, PAYMENT_DATE, PA, List.of(transfers));
    }

    private static SalaryTransfer transfer(String payslip, String member, String iban, String amount, String text) {
        return new SalaryTransfer(payslip, member, iban, Money.parse(amount), text);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String value(Document doc, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "p".equals(prefix) ? SalaryTransferFileWriter.NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath.evaluate(expression, doc);
    }
}
