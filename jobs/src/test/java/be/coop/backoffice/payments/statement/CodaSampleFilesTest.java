package be.coop.backoffice.payments.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public CODA samples 2 to 6: every record reads, but none adds up, so each is refused whole
 * with every mismatch named.
 */
class CodaSampleFilesTest {

    private static final Path SAMPLES = Path.of("src/test/resources/statements/coda");

    private final CodaParser parser = new CodaParser();
    private final StatementReader reader = new StatementReader();

    @Test
    void sample2HasAThousandthInItsNewBalanceWhichIsForAnotherAccountAndDatedBeforeTheOldOne() throws Exception {
        BankStatement s = parser.parse(SAMPLES.resolve("sample2.cod")).get(0);
        // one globalised movement of 9.68: its two details are the lines
        assertThat(s.entries()).hasSize(1);
        assertThat(s.lines()).extracting(l -> l.amount().toString()).containsExactly("-8.00", "-1.68");
        // its structured communication of type 106 (a calculation: fixed-width amounts) is information
        assertThat(s.lines().get(1).communication()).isEmpty();
        assertThat(s.lines().get(1).information()).startsWith("structured communication 106: 0000000000016800000")
                .contains(" INVOICE n 2011/02/000254882 du 30/06/2011 ING Belgique SA - Avenue Marnix 24,");

        assertThat(refusal("sample2.cod")).containsExactly(
                "line 17: new balance is for account BE82363072326068, the old balance (line 2) for account BE62354872126588",
                "line 17: new balance 23154.685 has a non-zero third decimal; amounts are kept in cents",
                "line 17: new balance date 2015-11-18 is before the old balance date 2022-01-23",
                "line 17: new balance 23154.69 differs from old balance 25846.00 + movements -9.68 = 25836.32");
    }

    @Test
    void sample3TrailerIsAnotherFilesAndItsBalanceDoesNotMove() throws Exception {
        BankStatement s = parser.parse(SAMPLES.resolve("sample3.cod")).get(0);
        assertThat(s.entries().get(0).amount().toString()).isEqualTo("-812.69");
        assertThat(s.lines()).extracting(StatementLine::communication).containsExactly("and continues here", "or here");

        assertThat(refusal("sample3.cod")).containsExactly(
                "line 7: new balance is for account BE23732038134791, the old balance (line 2) for account 732XXXXXXXXX",
                "line 7: new balance 99999.99 differs from old balance 99999.99 + movements -812.69 = 99187.30",
                "line 8: trailer counts 16 records, the statement has 6 records 1 to 8",
                "line 8: trailer debit total 859.09, the debit movements add up to 812.69",
                "line 8: trailer credit total 163.35, the credit movements add up to 0.00");
    }

    @Test
    void sample4CreditIsMissingFromItsBalancesAndTrailer() throws Exception {
        BankStatement s = parser.parse(SAMPLES.resolve("sample4.cod")).get(0);
        assertThat(s.lines()).extracting(l -> l.amount().toString()).containsExactly("17233.54");
        assertThat(s.lines().get(0).counterpartyAccount()).isEqualTo("BE34359648312345");

        assertThat(refusal("sample4.cod")).containsExactly(
                "line 10: new balance is for account BE23732038134791, the old balance (line 2) for account 732XXXXXXXXX",
                "line 10: new balance 99999.99 differs from old balance 99999.99 + movements 17233.54 = 117233.53",
                "line 11: trailer counts 16 records, the statement has 9 records 1 to 8",
                "line 11: trailer debit total 859.09, the debit movements add up to 0.00",
                "line 11: trailer credit total 163.35, the credit movements add up to 17233.54");
    }

    @Test
    void sample5BalancesAndTrailerDoNotMatchItsThreeCredits() throws Exception {
        BankStatement s = parser.parse(SAMPLES.resolve("sample5.cod")).get(0);
        assertThat(s.lines()).extracting(l -> l.amount().toString()).containsExactly("1767.82", "2767.82", "1767.82");
        // written in free text, but 1124554468 mod 97 = 3, not 12: no payment reference
        assertThat(s.lines().get(0).communication()).isEqualTo("112/4554/46812 813 ANOTHER MESSAGE MESSAGE");
        assertThat(s.lines().get(0).paymentReference()).isEmpty();

        assertThat(refusal("sample5.cod")).containsExactly(
                "line 15: new balance -500012.10 differs from old balance 4004.10 + movements 6303.46 = 10307.56",
                "line 16: trailer counts 15 records, the statement has 14 records 1 to 8",
                "line 16: trailer debit total 16837.52, the debit movements add up to 0.00",
                "line 16: trailer credit total 3967.22, the credit movements add up to 6303.46");
    }

    @Test
    void sample6HasAThousandthInAMovementAndAFreeMessageAfterTheNewBalance() throws Exception {
        BankStatement s = parser.parse(SAMPLES.resolve("sample6.cod")).get(0);
        assertThat(s.messages()).containsExactly("THIS IS A PUBLIC MESSAGE");
        assertThat(s.trailer().countedRecords()).isEqualTo(15);
        assertThat(s.trailer().countedMessages()).isEqualTo(1);

        assertThat(refusal("sample6.cod")).containsExactly(
                "line 3: amount -767.823 has a non-zero third decimal; amounts are kept in cents",
                "line 15: new balance -500012.10 differs from old balance 4004.10 + movements 3767.82 = 7771.92",
                "line 17: trailer debit total 16837.52, the debit movements add up to 767.82",
                "line 17: trailer credit total 3967.22, the credit movements add up to 4535.64");
    }

    @Test
    void theRefusalMessageNamesTheFile() {
        StatementRejectedException e = catchThrowableOfType(
                () -> reader.read(SAMPLES.resolve("sample5.cod")), StatementRejectedException.class);

        assertThat(e.fileName()).isEqualTo("sample5.cod");
        assertThat(e.getMessage()).startsWith("sample5.cod refused: line 15: new balance -500012.10 differs");
    }

    private List<String> refusal(String sample) {
        StatementRejectedException e = catchThrowableOfType(
                () -> reader.read(SAMPLES.resolve(sample)), StatementRejectedException.class);
        assertThat(e).as(sample + " must be refused").isNotNull();
        assertThat(e.getMessage()).startsWith(sample + " refused: ");
        return e.problems().stream().map(StatementProblem::toString).toList();
    }
}
