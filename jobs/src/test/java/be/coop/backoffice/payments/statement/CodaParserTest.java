package be.coop.backoffice.payments.statement;

import static be.coop.backoffice.payments.statement.CodaFixture.bytes;
import static be.coop.backoffice.payments.statement.CodaFixture.header;
import static be.coop.backoffice.payments.statement.CodaFixture.movement;
import static be.coop.backoffice.payments.statement.CodaFixture.newBalance;
import static be.coop.backoffice.payments.statement.CodaFixture.oldBalance;
import static be.coop.backoffice.payments.statement.CodaFixture.record;
import static be.coop.backoffice.payments.statement.CodaFixture.record22;
import static be.coop.backoffice.payments.statement.CodaFixture.record23;
import static be.coop.backoffice.payments.statement.CodaFixture.statement;
import static be.coop.backoffice.payments.statement.CodaFixture.trailer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodaParserTest {

    private static final Path SAMPLES = Path.of("src/test/resources/statements/coda");

    private final CodaParser parser = new CodaParser();
    private final StatementReader reader = new StatementReader();

    @Test
    void sample1IsReadWholeAndAddsUp() throws Exception {
        List<BankStatement> statements = reader.read(SAMPLES.resolve("sample1.cod"));

        assertThat(statements).hasSize(1);
        BankStatement s = statements.get(0);
        assertThat(s.sourceFile()).isEqualTo("sample1.cod");
        assertThat(s.format()).isEqualTo(StatementFormat.CODA);
        // structure 0, Belgian number whose check digits are wrong (1385361522 mod 97 = 53): kept as written
        assertThat(s.account()).isEqualTo("138536152215");
        assertThat(s.accountIban()).isEmpty();
        assertThat(s.currency()).isEqualTo("EUR");
        assertThat(s.sequenceNumber()).isEqualTo("139 (CODA 138)"); // paper statement 139, CODA file 138
        assertThat(s.oldBalance().date()).isEqualTo(LocalDate.of(2017, 10, 10));
        assertThat(s.oldBalance().amount()).isEqualTo(Money.parse("17752.12"));
        assertThat(s.statementDate()).isEqualTo(LocalDate.of(2017, 10, 11));
        assertThat(s.newBalance().amount()).isEqualTo(Money.parse("17832.12"));
        assertThat(s.trailer()).isEqualTo(new CodaTrailer(24, 22, 22, 0, Money.ZERO, Money.parse("80.00")));
        assertThat(s.messages()).isEmpty();

        assertThat(s.entries()).extracting(StatementEntry::sourceLine).containsExactly(3, 8, 13, 18);
        assertThat(s.lines()).extracting(StatementLine::lineNumber).containsExactly(1, 2, 3, 4);
        assertThat(s.lines()).extracting(l -> l.amount().toString()).containsExactly("5.00", "25.00", "20.00", "30.00");
        assertThat(s.lines()).extracting(StatementLine::counterpartyAccount)
                .containsExactly("BE22313215646432", "BE25646548413215", "BE32135468465432", "BE23156453132168");
        assertThat(s.lines()).extracting(StatementLine::counterpartyName)
                .containsExactly("KLANT1 MET NAAM1", "KLANT2 NAAM2", "KLANT3 NAAM3", "KLANT4 - NAAM4 MET");
        assertThat(s.lines()).extracting(StatementLine::counterpartyBic)
                .containsExactly("KREDBEBB", "BBRUBEBB", "KREDBEBB", "GEBABEBB");
        // type 101 structured communications whose check digits are wrong (the file is anonymised):
        // not taken as structured, kept as written in the communication
        assertThat(s.lines()).extracting(StatementLine::structuredCommunication).containsOnlyNulls();
        assertThat(s.lines()).extracting(StatementLine::communication).containsExactly(
                "+++000/0035/05158+++", "+++000/0035/15846+++", "+++000/0031/54982+++", "+++000/0021/33131+++");

        StatementLine first = s.lines().get(0);
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2017, 10, 11));
        assertThat(first.entryDate()).isEqualTo(LocalDate.of(2017, 10, 11));
        assertThat(first.bankReference()).isEqualTo("JRFC00120DSCCOCACAERT");
        assertThat(first.transactionCode()).isEqualTo("00150000");
        assertThat(first.information()).isEqualTo("001 KLANT1 MET NAAM1 GROTE WEG 32 3215 HASSELT");
        assertThat(first.isCredit()).isTrue();
    }

    @Test
    void crlfLineEndsAndRecordsStrippedOfTrailingSpacesReadTheSame() throws Exception {
        String lf = Files.readString(SAMPLES.resolve("sample1.cod"));
        String crlfStripped = String.join("\r\n", lf.lines().map(String::stripTrailing).toList());

        BankStatement s = reader.read("sample1-crlf.cod", bytes(crlfStripped)).get(0);

        BankStatement original = parser.parse(SAMPLES.resolve("sample1.cod")).get(0);
        assertThat(s.lines()).isEqualTo(original.lines());
        assertThat(s.newBalance()).isEqualTo(original.newBalance());
        assertThat(s.trailer()).isEqualTo(original.trailer());
    }

    @Test
    void negativeBalancesAreSignedByTheirDebitSign() {
        String file = statement("-1500.00", "-1250.00", "50.00", "300.00",
                movement(1, 0, "300.00", "RENT MARCH", 0),
                movement(2, 0, "-50.00", "BANK FEES", 0));

        BankStatement s = reader.read("overdrawn.cod", bytes(file)).get(0);

        assertThat(s.oldBalance().amount()).isEqualTo(Money.parse("-1500.00"));
        assertThat(s.newBalance().amount()).isEqualTo(Money.parse("-1250.00"));
        assertThat(s.lines()).extracting(l -> l.amount().toString()).containsExactly("300.00", "-50.00");
        assertThat(s.account()).isEqualTo("BE68539007547034");
    }

    @Test
    void amountsHaveThreeDecimalsOfWhichTheLastIsZero() {
        // 000000000012340 is 12.340
        String file = statement("0.00", "12.34", "0.00", "12.34", movement(1, 0, "12.34", "", 0));

        assertThat(parser.parse("cents.cod", bytes(file)).get(0).lines().get(0).amount()).isEqualTo(Money.parse("12.34"));
    }

    @Test
    void aNonZeroThirdDecimalRefusesTheFile() {
        String file = statement("0.00", "12.35", "0.00", "12.35",
                record(1, "21", 3, "00010000", 32, "0", 33, "000000000012345", 48, "150324", 54, "00150000",
                        62, "0", 116, "150324", 125, "0"));

        assertThatThrownBy(() -> reader.read("mills.cod", bytes(file)))
                .isInstanceOf(StatementRejectedException.class)
                .hasMessageStartingWith("mills.cod refused: ")
                .hasMessageContaining("line 3: amount 12.345 has a non-zero third decimal");
    }

    @Test
    void structuredCommunicationOfType101IsTakenAsStructured() {
        String file = statement("0.00", "121.00", "0.00", "121.00",
                movement(1, 0, "121.00", "1", "101123456789002", 0),
                record23(1, 0, "BE14063123456783", "DUPONT JEAN"));

        StatementLine line = reader.read("ogm.cod", bytes(file)).get(0).lines().get(0);

        assertThat(line.structuredCommunication()).isEqualTo(StructuredCommunication.parse("+++123/4567/89002+++"));
        assertThat(line.communication()).isEmpty();
        assertThat(line.paymentReference()).contains(StructuredCommunication.fromBase(1_234_567_890L));
        assertThat(line.counterpartyIban()).isPresent();
        assertThat(line.counterpartyName()).isEqualTo("DUPONT JEAN");
    }

    @Test
    void structuredCommunicationWrittenInFreeTextIsFoundButNotTakenAsStructured() {
        String file = statement("0.00", "55.00", "0.00", "55.00",
                movement(1, 0, "55.00", "FACTUUR 2024-17 +++090/9337/55493+++ BEDANKT", 0));

        StatementLine line = reader.read("free.cod", bytes(file)).get(0).lines().get(0);

        assertThat(line.structuredCommunication()).isNull();
        assertThat(line.communication()).isEqualTo("FACTUUR 2024-17 +++090/9337/55493+++ BEDANKT");
        assertThat(line.paymentReference()).contains(StructuredCommunication.parse("090933755493"));
    }

    @Test
    void freeCommunicationContinuesInRecords22And23AsOneText() {
        String file = statement("0.00", "10.00", "0.00", "10.00",
                movement(1, 0, "10.00", "x".repeat(46) + " INVOIC", 0),
                record22(1, 0, "E 2024-001", "GEBABEBB"),
                record23(1, 0, "BE14063123456783 EUR", "DUPONT JEAN"));

        StatementLine line = parser.parse("long.cod", bytes(file)).get(0).lines().get(0);

        assertThat(line.communication()).isEqualTo("x".repeat(46) + " INVOICE 2024-001");
        assertThat(line.counterpartyAccount()).isEqualTo("BE14063123456783");
        assertThat(line.counterpartyBic()).isEqualTo("GEBABEBB");
    }

    @Test
    void globalisedMovementGivesItsDetailsAsLinesAndCountsOnceInTheBalance() {
        // a total of 3 SEPA credits, the last detail closes globalisation level 1
        String file = statement("100.00", "400.00", "0.00", "300.00",
                movement(1, 0, "300.00", "3 CREDIT TRANSFERS", 1),
                movement(1, 1, "100.00", "1", "101202400001754", 0),
                movement(1, 2, "150.00", "1", "101202400001855", 0),
                movement(1, 3, "50.00", "1", "101202400001956", 1));

        BankStatement s = reader.read("batch.cod", bytes(file)).get(0);

        assertThat(s.entries()).hasSize(1);
        assertThat(s.entries().get(0).amount()).isEqualTo(Money.parse("300.00"));
        assertThat(s.lines()).extracting(l -> l.amount().toString()).containsExactly("100.00", "150.00", "50.00");
        assertThat(s.lines()).extracting(l -> l.structuredCommunication().formatted())
                .containsExactly("+++202/4000/01754+++", "+++202/4000/01855+++", "+++202/4000/01956+++");
        assertThat(s.lines()).extracting(StatementLine::lineNumber).containsExactly(1, 2, 3);
    }

    @Test
    void subTotalOfASecondGlobalisationLevelIsNotALine() {
        // total (level 2) = sub-total (level 1: 120 + 80) + 100
        String file = statement("0.00", "300.00", "0.00", "300.00",
                movement(1, 0, "300.00", "CARD PAYMENTS", 2),
                movement(1, 1, "200.00", "TERMINAL 1", 1),
                movement(1, 2, "120.00", "CARD A", 0),
                movement(1, 3, "80.00", "CARD B", 1),
                movement(1, 4, "100.00", "TERMINAL 2", 2));

        BankStatement s = reader.read("levels.cod", bytes(file)).get(0);

        assertThat(s.lines()).extracting(StatementLine::communication).containsExactly("CARD A", "CARD B", "TERMINAL 2");
    }

    @Test
    void detailsWithoutGlobalisationCodeStillMakeTheirFirstMovementATotal() {
        // some banks give details (same sequence number, detail 0001..) without position 125
        String file = statement("0.00", "30.00", "0.00", "30.00",
                movement(1, 0, "30.00", "TOTAL", 0),
                movement(1, 1, "10.00", "ONE", 0),
                movement(1, 2, "20.00", "TWO", 0));

        BankStatement s = reader.read("plain.cod", bytes(file)).get(0);

        assertThat(s.entries().get(0).amount()).isEqualTo(Money.parse("30.00"));
        assertThat(s.lines()).extracting(StatementLine::communication).containsExactly("ONE", "TWO");
    }

    @Test
    void globalisedDetailsThatDoNotAddUpToTheirTotalAreRefused() {
        String file = statement("100.00", "400.00", "0.00", "300.00",
                movement(1, 0, "300.00", "3 CREDIT TRANSFERS", 1),
                movement(1, 1, "100.00", "", 0),
                movement(1, 2, "150.00", "", 1));

        assertThatThrownBy(() -> reader.read("batch.cod", bytes(file)))
                .hasMessage("batch.cod refused: line 3: the 2 detail(s) add up to 250.00, the entry they detail is 300.00");
    }

    @Test
    void informationRecordsAttachToTheirMovementAndAreCountedOnlyAsRecords() {
        String file = statement("0.00", "20.00", "0.00", "20.00",
                movement(1, 0, "20.00", "CONTRIBUTION", 0),
                record(1, "31", 3, "00010001", 11, "REF1-0", 32, "00150000", 40, "1", 41, "001", 44, "DUPONT JEAN"),
                record(1, "32", 3, "00010001", 11, "RUE HAUTE 1", 46, "1000 BRUXELLES"));

        BankStatement s = reader.read("info.cod", bytes(file)).get(0);

        assertThat(s.lines()).hasSize(1);
        assertThat(s.lines().get(0).information()).isEqualTo("001 DUPONT JEAN RUE HAUTE 1 1000 BRUXELLES");
        assertThat(s.trailer().countedRecords()).isEqualTo(5);
    }

    @Test
    void aFileMayHoldSeveralStatements() {
        String one = statement("0.00", "10.00", "0.00", "10.00", movement(1, 0, "10.00", "A", 0));
        String two = statement("10.00", "5.00", "5.00", "0.00", movement(1, 0, "-5.00", "B", 0));

        List<BankStatement> statements = reader.read("two.cod", bytes(one + two));

        assertThat(statements).hasSize(2);
        assertThat(statements.get(1).lines().get(0).amount()).isEqualTo(Money.parse("-5.00"));
        assertThat(statements.get(1).trailer().sourceLine()).isEqualTo(10);
    }

    @Test
    void belgianAccountNumberWithRightCheckDigitsBecomesItsIban() {
        String file = String.join("\n", header(),
                record(1, "10012063123456783 EUR0BE", 43, "0", 44, CodaFixture.amount15("0.00"), 59, "140324"),
                record(1, "8012063123456783 EUR0BE", 42, "0", 43, CodaFixture.amount15("0.00"), 58, "150324"),
                trailer(2, "0.00", "0.00"));

        BankStatement s = reader.read("bban.cod", bytes(file)).get(0);

        assertThat(s.account()).isEqualTo("BE14063123456783");
        assertThat(s.currency()).isEqualTo("EUR");
        assertThat(s.sequenceNumber()).isEqualTo("012");
    }

    @Test
    void windows1252TextIsRead() {
        String file = statement("0.00", "10.00", "0.00", "10.00",
                movement(1, 0, "10.00", "CAFÉ DE LA GARE", 0));

        StatementLine line = parser.parse("latin.cod", file.getBytes(Charset.forName("windows-1252"))).get(0).lines().get(0);

        assertThat(line.communication()).isEqualTo("CAFÉ DE LA GARE");
    }

    @Test
    void unknownRecordTypeIsRefusedNamingTheLine() {
        String file = statement("0.00", "0.00", "0.00", "0.00", record(1, "5", 3, "0001"));

        assertThatThrownBy(() -> parser.parse("bad.cod", bytes(file)))
                .isInstanceOf(StatementRejectedException.class)
                .hasMessage("bad.cod refused: line 3: unknown record type '5' (position 1 must be 0, 1, 2, 3, 4, 8 or 9)");
    }

    @Test
    void badDateIsRefusedNamingTheField() {
        String file = statement("0.00", "10.00", "0.00", "10.00",
                movement(1, 0, "10.00", "", 0).replace("150324", "320324"));

        assertThatThrownBy(() -> parser.parse("bad.cod", bytes(file)))
                .hasMessage("bad.cod refused: line 3: record 2.1: value date (positions 48-53) is not a date DDMMYY: '320324'");
    }

    @Test
    void nonNumericAmountIsRefused() {
        String file = statement("0.00", "10.00", "0.00", "10.00",
                record(1, "21", 3, "00010000", 32, "0", 33, "0000000000100,0", 48, "150324", 62, "0", 116, "150324", 125, "0"));

        assertThatThrownBy(() -> parser.parse("bad.cod", bytes(file)))
                .hasMessage("bad.cod refused: line 3: record 2.1: amount (positions 33-47) is not a 15-digit amount: '0000000000100,0'");
    }

    @Test
    void recordLongerThan128CharactersIsRefused() {
        String file = statement("0.00", "10.00", "0.00", "10.00", movement(1, 0, "10.00", "", 0) + "X");

        assertThatThrownBy(() -> parser.parse("long.cod", bytes(file)))
                .hasMessage("long.cod refused: line 3: record has 129 characters, a CODA record has 128");
    }

    @Test
    void fileWithoutTrailerIsRefused() {
        String file = String.join("\n", header(), oldBalance("0.00"), newBalance("0.00"));

        assertThatThrownBy(() -> parser.parse("cut.cod", bytes(file)))
                .hasMessage("cut.cod refused: line 3: file ends without the trailer record 9 of the statement begun at line 1");
    }

    @Test
    void record23ThatDoesNotFollowItsMovementIsRefused() {
        String file = statement("0.00", "10.00", "0.00", "10.00",
                movement(1, 0, "10.00", "", 0), record23(2, 0, "BE14063123456783", "X"));

        assertThatThrownBy(() -> parser.parse("order.cod", bytes(file)))
                .hasMessage("order.cod refused: line 4: record 2.3: continues movement 0002/0000 but does not follow its record 2.1");
    }

    @Test
    void codaVersion1IsRefused() {
        String file = statement("0.00", "0.00", "0.00", "0.00").replaceFirst(" 2\n", " 1\n");

        assertThatThrownBy(() -> parser.parse("v1.cod", bytes(file)))
                .hasMessage("v1.cod refused: line 1: record 0: version code (position 128) is '1', only CODA version 2 is read");
    }

    @Test
    void statementOfRecords0And1And9OnlyKeepsItsOldBalance() {
        String empty = String.join("\n", header(), oldBalance("250.00"), trailer(1, "0.00", "0.00"));
        String next = statement("250.00", "260.00", "0.00", "10.00", movement(1, 0, "10.00", "A", 0));

        List<BankStatement> statements = reader.read("empty.cod", bytes(empty + "\n" + next));

        assertThat(statements).hasSize(2);
        BankStatement s = statements.get(0);
        assertThat(s.lines()).isEmpty();
        assertThat(s.newBalance().amount()).isEqualTo(Money.parse("250.00"));
        assertThat(s.statementDate()).isEqualTo(LocalDate.of(2024, 3, 15)); // the file's creation date
        assertThat(statements.get(1).lines()).hasSize(1);
    }

    @Test
    void trailerWithoutNewBalanceAfterMovementsIsRefused() {
        String file = String.join("\n", header(), oldBalance("0.00"), movement(1, 0, "10.00", "A", 0),
                trailer(2, "0.00", "10.00"));

        assertThatThrownBy(() -> parser.parse("no8.cod", bytes(file)))
                .hasMessage("no8.cod refused: line 4: record 9: trailer without the new balance record 8 of a statement with movements");
    }

    @Test
    void sequenceNumberIsThePaperNumberWithTheCodaNumberWhenItIsAnother() {
        String paperOnly = statement("0.00", "0.00", "0.00", "0.00").replace(oldBalance("0.00"),
                oldBalance("0.00").substring(0, 125) + "   ");
        String sameNumbers = statement("0.00", "0.00", "0.00", "0.00");
        String twoNumbers = statement("0.00", "0.00", "0.00", "0.00").replace(oldBalance("0.00"),
                oldBalance("0.00").substring(0, 125) + "037");

        assertThat(reader.read("a.cod", bytes(paperOnly)).get(0).sequenceNumber()).isEqualTo("012");
        assertThat(reader.read("b.cod", bytes(sameNumbers)).get(0).sequenceNumber()).isEqualTo("012");
        assertThat(reader.read("c.cod", bytes(twoNumbers)).get(0).sequenceNumber()).isEqualTo("012 (CODA 037)");
    }

    @Test
    void fileOfDetailsOnlyIsRefusedSayingWhy() {
        // a separate application (here 01500, transfers in our favour) with zeroed balances, standard 7.2.1
        String file = statement("0.00", "0.00", "0.00", "10.00", movement(1, 1, "10.00", "A", 0))
                .replace(header(), record(1, "00000", 6, "150324", 12, "00005", 84, "01500", 128, "2"));

        assertThatThrownBy(() -> reader.read("details.cod", bytes(file)))
                .hasMessageContaining("line 1: separate application 01500 with zeroed balances: a file of the details of"
                        + " movements that the account's own statement file books as totals");
    }

    @Test
    void separateApplicationWithBalancesIsAnOrdinaryStatement() {
        String file = statement("0.00", "10.00", "0.00", "10.00", movement(1, 0, "10.00", "A", 0))
                .replace(header(), record(1, "00000", 6, "150324", 12, "00005", 84, "01500", 128, "2"));

        assertThat(reader.read("transfers.cod", bytes(file)).get(0).lines()).hasSize(1);
    }

    @Test
    void structuredCommunicationOfAnotherTypeIsKeptAsInformationAndNotSearched() {
        // type 115 (a card payment): fixed-width fields whose zeros would read as +++000/0000/02020+++
        String file = statement("0.00", "20.20", "0.00", "20.20",
                movement(1, 0, "20.20", "1", "115000000002020 VISA", 0));

        StatementLine line = reader.read("card.cod", bytes(file)).get(0).lines().get(0);

        assertThat(line.communication()).isEmpty();
        assertThat(line.paymentReference()).isEmpty();
        assertThat(line.information()).isEqualTo("structured communication 115: 000000002020 VISA");
    }

    @Test
    void isoCreditorReferenceOfType100IsTheCommunication() {
        String file = statement("0.00", "20.00", "0.00", "20.00",
                movement(1, 0, "20.00", "1", "100RF18539007547034", 0));

        StatementLine line = reader.read("rf.cod", bytes(file)).get(0).lines().get(0);

        assertThat(line.structuredCommunication()).isNull();
        assertThat(line.communication()).isEqualTo("RF18539007547034");
    }

    @Test
    void sepaDirectDebitOfType127GivesItsCommunicationField() {
        // 127: settlement date, type, scheme, paid; creditor id (35) and mandate (35); communication (62)
        String payload = "150324" + "1" + "1" + "0" + String.format("%-35s", "BE98ZZZ0123456789")
                + String.format("%-35s", "MANDATE-0042") + String.format("%-62s", "+++090/9337/55493+++ MARS");
        String file = statement("0.00", "75.00", "0.00", "75.00",
                movement(1, 0, "75.00", "1", "127" + payload.substring(0, 50), 0),
                record22(1, 0, payload.substring(50, 103), ""),
                record(1, "23", 3, "00010000", 83, payload.substring(103)));

        StatementLine line = reader.read("sdd.cod", bytes(file)).get(0).lines().get(0);

        assertThat(line.communication()).isEqualTo("+++090/9337/55493+++ MARS");
        assertThat(line.paymentReference()).contains(StructuredCommunication.parse("090933755493"));
        assertThat(line.information()).startsWith("structured communication 127: 150324110BE98ZZZ0123456789");
    }

    @Test
    void counterpartyBelgianAccountNumberBecomesItsIban() {
        String file = statement("0.00", "10.00", "0.00", "10.00",
                movement(1, 0, "10.00", "A", 0), record23(1, 0, "063123456783", "DUPONT"));

        StatementLine line = reader.read("bban23.cod", bytes(file)).get(0).lines().get(0);

        assertThat(line.counterpartyAccount()).isEqualTo("BE14063123456783");
        assertThat(line.counterpartyIban()).isPresent();
    }

    @Test
    void belgianIbanWrittenWithSpacesIsReadWhole() {
        String file = statement("0.00", "0.00", "0.00", "0.00")
                .replace(oldBalance("0.00"), record(1, "12", 3, "012", 6, "BE68 5390 0754 7034", 40, "EUR", 43, "0",
                        44, CodaFixture.amount15("0.00"), 59, "140324", 126, "012"))
                .replace(newBalance("0.00"), record(1, "8012", 5, "BE68 5390 0754 7034", 39, "EUR", 42, "0",
                        43, CodaFixture.amount15("0.00"), 58, "150324"));

        assertThat(reader.read("spaced.cod", bytes(file)).get(0).account()).isEqualTo(CodaFixture.ACCOUNT);
    }

    @Test
    void dosEndOfFileMarkIsIgnored() {
        String file = statement("0.00", "10.00", "0.00", "10.00", movement(1, 0, "10.00", "A", 0));

        assertThat(reader.read("dos.cod", bytes(file.replace("\n", "\r\n") + "\u001A")).get(0).lines()).hasSize(1);
    }
}
