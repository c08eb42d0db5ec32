package be.coop.backoffice.payments.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Camt053ParserTest {

    private static final Path FIXTURES = Path.of("src/test/resources/statements/camt");

    private final Camt053Parser parser = new Camt053Parser();
    private final StatementReader reader = new StatementReader();

    @Test
    void consistentStatementIsReadWholeAndAddsUp() throws Exception {
        List<BankStatement> statements = reader.read(FIXTURES.resolve("camt053-consistent.xml"));

        assertThat(statements).hasSize(1);
        BankStatement s = statements.get(0);
        assertThat(s.format()).isEqualTo(StatementFormat.CAMT053);
        assertThat(s.account()).isEqualTo("BE68539007547034");
        assertThat(s.currency()).isEqualTo("EUR");
        assertThat(s.sequenceNumber()).isEqualTo("52");
        assertThat(s.oldBalance()).isEqualTo(new Balance(LocalDate.of(2024, 3, 15), Money.parse("1000.00"), 19));
        assertThat(s.newBalance().amount()).isEqualTo(Money.parse("1480.30"));
        assertThat(s.statementDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(s.trailer()).isNull();

        assertThat(s.entries()).extracting(e -> e.amount().toString()).containsExactly("150.00", "75.50", "300.00", "-45.20");
        assertThat(s.lines()).extracting(l -> l.amount().toString())
                .containsExactly("150.00", "75.50", "120.00", "180.00", "-45.20");
        assertThat(s.lines()).extracting(StatementLine::lineNumber).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void structuredReferenceIsTheBelgianCommunication() throws Exception {
        StatementLine line = parser.parse(FIXTURES.resolve("camt053-consistent.xml")).get(0).lines().get(0);

        assertThat(line.structuredCommunication()).isEqualTo(StructuredCommunication.parse("090933755493"));
        assertThat(line.communication()).isEmpty();
        assertThat(line.counterpartyName()).isEqualTo("Dupont Jean");
        assertThat(line.counterpartyAccount()).isEqualTo("BE14063123456783");
        assertThat(line.counterpartyBic()).isEqualTo("GKCCBEBB");
        assertThat(line.bankReference()).isEqualTo("0315A1B2C3");
        assertThat(line.transactionCode()).isEqualTo("PMNT/RCDT/ESCT");
        assertThat(line.valueDate()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(line.entryDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void unstructuredOnlyLineKeepsItsTextJoined() throws Exception {
        StatementLine line = parser.parse(FIXTURES.resolve("camt053-consistent.xml")).get(0).lines().get(1);

        assertThat(line.structuredCommunication()).isNull();
        assertThat(line.communication()).isEqualTo("Facture 2024-017 merci");
        assertThat(line.paymentReference()).isEmpty();
        assertThat(line.counterpartyName()).isEqualTo("Atelier Martin SRL");
    }

    @Test
    void batchEntryGivesOneLinePerTransactionDetail() throws Exception {
        BankStatement s = parser.parse(FIXTURES.resolve("camt053-consistent.xml")).get(0);
        StatementEntry batch = s.entries().get(2);

        assertThat(batch.bankReference()).isEqualTo("0315BATCH1");
        assertThat(batch.lines()).hasSize(2);
        StatementLine first = batch.lines().get(0);
        StatementLine second = batch.lines().get(1);
        assertThat(first.amount()).isEqualTo(Money.parse("120.00"));
        assertThat(first.structuredCommunication().formatted()).isEqualTo("+++202/4000/01754+++");
        assertThat(first.counterpartyName()).isEqualTo("Peeters An");
        assertThat(first.bankReference()).isEqualTo("0315BATCH1-1");
        assertThat(second.amount()).isEqualTo(Money.parse("180.00"));
        // an ISO 11649 creditor reference is not a Belgian communication: kept as written
        assertThat(second.structuredCommunication()).isNull();
        assertThat(second.communication()).isEqualTo("RF18539007547034");
        assertThat(second.counterpartyAccount()).isEqualTo("BE83363012345615");
    }

    @Test
    void debitIsNegativeAndItsCounterpartyIsTheCreditor() throws Exception {
        StatementLine debit = parser.parse(FIXTURES.resolve("camt053-consistent.xml")).get(0).lines().get(4);

        assertThat(debit.amount()).isEqualTo(Money.parse("-45.20"));
        assertThat(debit.isCredit()).isFalse();
        assertThat(debit.counterpartyName()).isEqualTo("Proximus SA");
        assertThat(debit.counterpartyAccount()).isEqualTo("BE54000000009797");
        assertThat(debit.transactionCode()).isEqualTo("01500000");
        assertThat(debit.information()).isEqualTo("Domiciliation");
        assertThat(debit.communication()).isEqualTo("Abonnement mars");
    }

    @Test
    void inconsistentStatementIsRefusedNamingBalanceAndBatch() {
        assertThatThrownBy(() -> reader.read(FIXTURES.resolve("camt053-inconsistent.xml")))
                .isInstanceOf(StatementRejectedException.class)
                .hasMessage("camt053-inconsistent.xml refused: "
                        + "line 22: the 2 detail(s) add up to 90.00, the entry they detail is 100.00; "
                        + "line 16: new balance 1600.00 differs from old balance 1480.30 + movements 100.00 = 1580.30");
    }

    @Test
    void version08WithPartyNamesBicfiAndANegativeOpeningBalanceIsRead() throws Exception {
        BankStatement s = reader.read(FIXTURES.resolve("camt053-v08-overdrawn.xml")).get(0);

        assertThat(s.sequenceNumber()).isEqualTo("64");
        assertThat(s.oldBalance().amount()).isEqualTo(Money.parse("-250.00"));
        assertThat(s.oldBalance().date()).isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(s.newBalance().date()).isEqualTo(LocalDate.of(2024, 4, 1));
        StatementLine first = s.lines().get(0);
        assertThat(first.counterpartyName()).isEqualTo("Wouters Els");
        assertThat(first.counterpartyAccount()).isEqualTo("BE14063123456783");
        assertThat(first.counterpartyBic()).isEqualTo("BBRUBEBB");
        assertThat(first.structuredCommunication().formatted()).isEqualTo("+++111/1111/11170+++");
        StatementLine second = s.lines().get(1);
        assertThat(second.structuredCommunication()).isNull();
        assertThat(second.paymentReference()).contains(StructuredCommunication.fromBase(1_234_567_890L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"06", "10", "13", "14"})
    void laterVersionsWithTheSamePathsAreRead(String version) throws Exception {
        String v08 = Files.readString(FIXTURES.resolve("camt053-v08-overdrawn.xml"));
        String xml = v08.replace("camt.053.001.08", "camt.053.001." + version);

        BankStatement s = reader.read("v" + version + ".xml", bytes(xml)).get(0);

        assertThat(s.oldBalance().amount()).isEqualTo(Money.parse("-250.00"));
        assertThat(s.lines().get(0).counterpartyName()).isEqualTo("Wouters Els");
        assertThat(s.lines().get(0).structuredCommunication().formatted()).isEqualTo("+++111/1111/11170+++");
    }

    @Test
    void version01IsRefused() throws Exception {
        String xml = Files.readString(FIXTURES.resolve("camt053-v08-overdrawn.xml"))
                .replace("camt.053.001.08", "camt.053.001.01");

        assertThatThrownBy(() -> reader.read("v01.xml", bytes(xml)))
                .hasMessageContaining("v01.xml refused: line ")
                .hasMessageContaining("not a camt.053.001.02 (or later) document");
    }

    @Test
    void sequenceNumberFallsBackToTheStatementId() {
        String xml = minimal("<Id>STMT-7</Id>", "");

        assertThat(parser.parse("id.xml", bytes(xml)).get(0).sequenceNumber()).isEqualTo("STMT-7");
    }

    @Test
    void amountWithMoreThanTwoDecimalsIsRefusedByTheCheck() {
        String xml = minimal("<Id>S</Id>", "10.01", entry("10.005", "CRDT"));

        assertThatThrownBy(() -> reader.read("mills.xml", bytes(xml)))
                .hasMessage("mills.xml refused: line 1: entry amount 10.005 has more than two decimals; amounts are kept in cents");
    }

    @Test
    void unreadableAmountIsRefusedNamingTheLine() {
        String xml = minimal("<Id>S</Id>", "\n" + entry("12,50", "CRDT"));

        assertThatThrownBy(() -> parser.parse("comma.xml", bytes(xml)))
                .hasMessage("comma.xml refused: line 2: entry amount is not a positive decimal: '12,50'");
    }

    @Test
    void missingClosingBalanceIsRefused() {
        String xml = minimal("<Id>S</Id>", "").replace("CLBD", "CLAV");

        assertThatThrownBy(() -> parser.parse("noclbd.xml", bytes(xml)))
                .hasMessage("noclbd.xml refused: line 1: statement S has no closing booked balance (Bal of type CLBD)");
    }

    @Test
    void otherIsoMessageIsRefused() {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn/></Document>";

        assertThatThrownBy(() -> parser.parse("pain.xml", bytes(xml)))
                .hasMessage("pain.xml refused: line 1: not a camt.053.001.02 (or later) document: root element Document "
                        + "in namespace urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
    }

    @Test
    void malformedXmlIsRefusedNamingTheLine() {
        String xml = minimal("<Id>S</Id>", "").replace("</Stmt>", "\n</Stmtt>");

        assertThatThrownBy(() -> parser.parse("broken.xml", bytes(xml)))
                .isInstanceOf(StatementRejectedException.class)
                .hasMessageStartingWith("broken.xml refused: line 2: not well-formed XML");
    }

    @Test
    void doctypeIsRefusedSoNoExternalEntityIsEverRead() throws Exception {
        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "do not read");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + minimal("<Id>&x;</Id>", "");

        assertThatThrownBy(() -> parser.parse("xxe.xml", bytes(xml)))
                .isInstanceOf(StatementRejectedException.class)
                .hasMessage("xxe.xml refused: line 2: a DOCTYPE is not accepted in a bank statement");
    }

    @Test
    void undeclaredEntityIsRefused() {
        String xml = minimal("<Id>&x;</Id>", "");

        assertThatThrownBy(() -> parser.parse("entity.xml", bytes(xml)))
                .hasMessage("entity.xml refused: line 1: not well-formed XML: The entity \"x\" was referenced, but not declared.");
    }

    @Test
    void entryNotBookedIsPassedOverWithANote() {
        String xml = minimal("<Id>S</Id>", "10.00", entry("10.00", "CRDT") + "\n" + entry("99.00", "CRDT").replace("BOOK", "PDNG"));

        BankStatement s = reader.read("pending.xml", bytes(xml)).get(0);

        assertThat(s.lines()).extracting(l -> l.amount().toString()).containsExactly("10.00");
        assertThat(s.readingNotes()).containsExactly(new StatementProblem(2,
                "entry of 99.00 has status PDNG, not booked: not read (a statement's balances hold booked entries only)"));
    }

    @Test
    void documentInsideAnEnvelopeIsRead() {
        String xml = "<Envelope xmlns=\"urn:example:envelope\"><AppHdr xmlns=\"urn:iso:std:iso:20022:tech:xsd:head.001.001.02\">"
                + "<MsgDefIdr>camt.053.001.02</MsgDefIdr></AppHdr>\n" + minimal("<Id>S</Id>", "10.00", entry("10.00", "CRDT"))
                + "</Envelope>";

        BankStatement s = reader.read("envelope.xml", bytes(xml)).get(0);

        assertThat(s.lines()).hasSize(1);
        assertThat(s.entries().get(0).sourceLine()).isEqualTo(2);
    }

    @Test
    void documentWithoutNamespaceIsReadWhenItHoldsAStatement() {
        String xml = minimal("<Id>S</Id>", "10.00", entry("10.00", "CRDT"))
                .replace(" xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"", "");

        assertThat(reader.read("plain.xml", bytes(xml)).get(0).lines()).hasSize(1);
    }

    @Test
    void utf16FileIsRecognisedAsXml() {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + minimal("<Id>S</Id>", "10.00", entry("10.00", "CRDT"));

        BankStatement s = reader.read("utf16.xml", xml.getBytes(StandardCharsets.UTF_16LE)).get(0);

        assertThat(s.newBalance().amount()).isEqualTo(Money.parse("10.00"));
    }

    @Test
    void blankLinesBeforeTheXmlDeclarationArePassedOverAndStillCounted() {
        String xml = "\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + minimal("<Id>S</Id>", "\n" + entry("12,50", "CRDT"));

        assertThatThrownBy(() -> parser.parse("blank.xml", bytes(xml)))
                .hasMessage("blank.xml refused: line 5: entry amount is not a positive decimal: '12,50'");
    }

    @Test
    void balanceWithoutIndicatorIsReadAsACreditAndChecked() {
        String xml = minimal("<Id>S</Id>", "10.00", entry("10.00", "CRDT")).replace("<CdtDbtInd>CRDT</CdtDbtInd><Dt>", "<Dt>");

        BankStatement s = reader.read("noind.xml", bytes(xml)).get(0);

        assertThat(s.oldBalance().amount()).isEqualTo(Money.parse("0.00"));
        assertThat(s.newBalance().amount()).isEqualTo(Money.parse("10.00"));
    }

    @Test
    void entryWithOneDetailIsTheAmountBookedNotTheAmountInstructed() {
        // the payer instructed 151.50; the bank booked 150.00 after its charges
        String detail = "<NtryDtls><TxDtls><AmtDtls><InstdAmt><Amt Ccy=\"EUR\">151.50</Amt></InstdAmt>"
                + "<TxAmt><Amt Ccy=\"EUR\">151.50</Amt></TxAmt></AmtDtls>"
                + "<RltdPties><Dbtr><Nm>Peeters An</Nm></Dbtr></RltdPties></TxDtls></NtryDtls>";
        String xml = minimal("<Id>S</Id>", "150.00", entry("150.00", "CRDT").replace("</Ntry>", detail + "</Ntry>"));

        StatementLine line = reader.read("charges.xml", bytes(xml)).get(0).lines().get(0);

        assertThat(line.amount()).isEqualTo(Money.parse("150.00"));
        assertThat(line.counterpartyName()).isEqualTo("Peeters An");
    }

    @Test
    void batchDetailWithOnlyItsInstructedAmountIsRead() {
        String details = "<NtryDtls><TxDtls><AmtDtls><InstdAmt><Amt Ccy=\"EUR\">40.00</Amt></InstdAmt></AmtDtls></TxDtls>"
                + "<TxDtls><AmtDtls><InstdAmt><Amt Ccy=\"EUR\">60.00</Amt></InstdAmt></AmtDtls></TxDtls></NtryDtls>";
        String xml = minimal("<Id>S</Id>", "100.00", entry("100.00", "CRDT").replace("</Ntry>", details + "</Ntry>"));

        assertThat(reader.read("instd.xml", bytes(xml)).get(0).lines()).extracting(l -> l.amount().toString())
                .containsExactly("40.00", "60.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1"})
    void reversedDebitNamesTheCreditorOfTheDebitReversed(String reversal) {
        // a direct debit collected by a client of ours, given back: the parties keep their roles
        String parties = "<RvslInd>" + reversal + "</RvslInd><NtryDtls><TxDtls><RltdPties>"
                + "<Dbtr><Nm>Atelier Martin SRL</Nm></Dbtr><DbtrAcct><Id><IBAN>BE94735001234514</IBAN></Id></DbtrAcct>"
                + "<Cdtr><Nm>Proximus SA</Nm></Cdtr><CdtrAcct><Id><IBAN>BE54000000009797</IBAN></Id></CdtrAcct>"
                + "</RltdPties></TxDtls></NtryDtls>";
        String xml = minimal("<Id>S</Id>", "45.20", entry("45.20", "CRDT").replace("</Ntry>", parties + "</Ntry>"));

        StatementLine line = reader.read("reversal.xml", bytes(xml)).get(0).lines().get(0);

        assertThat(line.counterpartyName()).isEqualTo("Proximus SA");
        assertThat(line.counterpartyAccount()).isEqualTo("BE54000000009797");
    }

    @Test
    void ownAccountNamedAsTheCounterpartyGivesWayToTheOtherParty() {
        String parties = "<NtryDtls><TxDtls><RltdPties>"
                + "<Dbtr><Nm>Cooperative</Nm></Dbtr><DbtrAcct><Id><IBAN>BE68539007547034</IBAN></Id></DbtrAcct>"
                + "<Cdtr><Nm>Proximus SA</Nm></Cdtr><CdtrAcct><Id><IBAN>BE54000000009797</IBAN></Id></CdtrAcct>"
                + "</RltdPties></TxDtls></NtryDtls>";
        String xml = minimal("<Id>S</Id>", "45.20", entry("45.20", "CRDT").replace("</Ntry>", parties + "</Ntry>"));

        assertThat(reader.read("own.xml", bytes(xml)).get(0).lines().get(0).counterpartyName()).isEqualTo("Proximus SA");
    }

    @Test
    void envelopeOfSeveralDocumentsGivesTheStatementsOfAll() {
        String xml = "<Envelope>" + minimal("<Id>S1</Id>", "10.00", entry("10.00", "CRDT"))
                + minimal("<Id>S2</Id>", "20.00", entry("20.00", "CRDT")) + "</Envelope>";

        assertThat(reader.read("two.xml", bytes(xml))).extracting(BankStatement::sequenceNumber).containsExactly("S1", "S2");
    }

    @Test
    void entryPassedOverCannotRefuseTheFile() {
        String pending = "<Ntry><Amt Ccy=\"USD\">99.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>PDNG</Sts></Ntry>";
        String info = "<Ntry><Amt Ccy=\"EUR\">5.00</Amt><Sts>INFO</Sts></Ntry>";
        String xml = minimal("<Id>S</Id>", "10.00", entry("10.00", "CRDT") + "\n" + pending + "\n" + info);

        BankStatement s = reader.read("passed.xml", bytes(xml)).get(0);

        assertThat(s.readingNotes()).extracting(StatementProblem::reason).containsExactly(
                "entry of -99.00 USD has status PDNG, not booked: not read (a statement's balances hold booked entries only)",
                "entry of 5.00 has status INFO, not booked: not read (a statement's balances hold booked entries only)");
    }

    @Test
    void bankNamedAsTheDebtorOfItsFeesIsTheCounterparty() {
        String parties = "<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>KBC Bank</Nm></Dbtr></RltdPties></TxDtls></NtryDtls>";
        String xml = minimal("<Id>S</Id>", "-2.50", entry("2.50", "DBIT").replace("</Ntry>", parties + "</Ntry>"))
                .replace("<Amt Ccy=\"EUR\">-2.50</Amt><CdtDbtInd>CRDT", "<Amt Ccy=\"EUR\">2.50</Amt><CdtDbtInd>DBIT");

        assertThat(reader.read("fees.xml", bytes(xml)).get(0).lines().get(0).counterpartyName()).isEqualTo("KBC Bank");
    }

    @Test
    void structuredRemittanceWithoutReferenceGivesTheDocumentPaidAndTheText() {
        String rmt = "<NtryDtls><TxDtls><RmtInf><Strd><RfrdDocInf><Nb>PA-2017-000003</Nb></RfrdDocInf>"
                + "<AddtlRmtInf>solde</AddtlRmtInf></Strd></RmtInf></TxDtls></NtryDtls>";
        String xml = minimal("<Id>S</Id>", "10.00", entry("10.00", "CRDT").replace("</Ntry>", rmt + "</Ntry>"));

        assertThat(reader.read("strd.xml", bytes(xml)).get(0).lines().get(0).communication()).isEqualTo("PA-2017-000003 solde");
    }

    @Test
    void statementWithAClosingBalanceOnlyGetsItsOpeningBalanceFromItsEntriesAndANote() {
        String xml = minimal("<Id>S</Id>", "25.00", entry("10.00", "CRDT"))
                .replaceFirst("<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd>.*?</Bal>", "");

        BankStatement s = reader.read("closing.xml", bytes(xml)).get(0);

        assertThat(s.oldBalance().amount()).isEqualTo(Money.parse("15.00"));
        assertThat(s.readingNotes()).extracting(StatementProblem::reason).containsExactly("statement S has no opening"
                + " balance (Bal of type OPBD or PRCD): taken as the closing balance less the entries, 15.00; its own"
                + " balances check nothing");
    }

    @Test
    void entryWithoutStatusOrDatesIsBookedOnTheStatementDate() {
        String xml = minimal("<Id>S</Id>", "10.00", entry("10.00", "CRDT")
                .replace("<Sts>BOOK</Sts>", "").replace("<BookgDt><Dt>2024-03-16</Dt></BookgDt>", ""));

        StatementLine line = reader.read("bare.xml", bytes(xml)).get(0).lines().get(0);

        assertThat(line.entryDate()).isEqualTo(LocalDate.of(2024, 3, 16));
        assertThat(line.valueDate()).isNull();
    }

    /** A one-line camt.053.001.02 statement with OPBD and CLBD of 0.00 on 2024-03-16. */
    private static String minimal(String id, String entries) {
        return minimal(id, "0.00", entries);
    }

    /** The same with another closing balance. */
    private static String minimal(String id, String closingBalance, String entries) {
        return "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>" + id
                + "<Acct><Id><IBAN>BE68539007547034</IBAN></Id><Ccy>EUR</Ccy></Acct>"
                + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-03-16</Dt></Dt></Bal>"
                + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + closingBalance + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-03-16</Dt></Dt></Bal>"
                + entries + "</Stmt></BkToCstmrStmt></Document>";
    }

    private static String entry(String amount, String indicator) {
        return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + indicator + "</CdtDbtInd><Sts>BOOK</Sts>"
                + "<BookgDt><Dt>2024-03-16</Dt></BookgDt></Ntry>";
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
