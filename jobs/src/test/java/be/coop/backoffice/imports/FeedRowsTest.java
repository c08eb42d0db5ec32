package be.coop.backoffice.imports;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field rules of each feed, one line at a time, without a database. */
class FeedRowsTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2017, 1, 3);

    private static CsvRow row(String... columnsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new CsvRow("test.csv", 2, values, null);
    }

    private static <T> List<FieldError> errors(Feed<T> feed, CsvRow row) {
        RowOutcome<T> outcome = feed.outcome(row, BUSINESS_DATE);
        return outcome instanceof RowOutcome.Rejected<T> r ? r.errors() : List.of();
    }

    private static CsvRow contract(String... overrides) {
        Map<String, String> v = new LinkedHashMap<>(Map.ofEntries(
                Map.entry("contract_id", "K1"), Map.entry("member_id", "M1"), Map.entry("niss", "85073003328"),
                Map.entry("structure", "PA"), Map.entry("contract_type", "ARTIST"), Map.entry("start_date", "2017-01-03"),
                Map.entry("end_date", "2017-01-04"), Map.entry("days_worked", "2"), Map.entry("hours_worked", "15.2"),
                Map.entry("gross_amount", "420.00"), Map.entry("activity_id", "A1"), Map.entry("office", "BRUXELLES")));
        for (int i = 0; i < overrides.length; i += 2) {
            v.put(overrides[i], overrides[i + 1]);
        }
        return new CsvRow("contracts.csv", 5, v, null);
    }

    @Test
    void aValidContractIsReadWithItsDefaults() {
        RowOutcome<ContractRow> outcome = Feed.CONTRACTS.outcome(contract(), BUSINESS_DATE);

        assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
        ContractRow c = ((RowOutcome.Accepted<ContractRow>) outcome).row();
        assertThat(c.jointCommittee()).isEqualTo((short) 304);
        assertThat(c.status()).isEqualTo("ACTIVE");
        assertThat(c.courier()).isFalse();
        assertThat(c.grossAmount()).isEqualTo(Money.parse("420.00"));
        assertThat(c.hoursWorked()).isEqualTo(new BigDecimal("15.20"));
    }

    @Test
    void everyBrokenFieldOfALineIsReportedNotJustTheFirst() {
        List<FieldError> errors = errors(Feed.CONTRACTS, contract("niss", "85073003329", "gross_amount", "-1",
                "contract_type", "INTERN", "start_date", "2017-13-01"));

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("niss", "contract_type", "start_date", "gross_amount");
        assertThat(errors.get(0).rule()).contains("mod 97");
        assertThat(errors.get(3).rule()).isEqualTo("amount must be greater than zero");
    }

    @Test
    void aContractLastsOneDayToOneMonth() {
        assertThat(errors(Feed.CONTRACTS, contract("start_date", "2017-01-01", "end_date", "2017-01-31",
                "days_worked", "20"))).isEmpty();
        assertThat(errors(Feed.CONTRACTS, contract("start_date", "2017-01-01", "end_date", "2017-02-01")))
                .extracting(FieldError::rule).containsExactly(
                        "a contract lasts at most 31 calendar days (1 day to 1 month); this one 32");
        assertThat(errors(Feed.CONTRACTS, contract("end_date", "2017-01-02")))
                .extracting(FieldError::rule).containsExactly("must not be before start_date 2017-01-03");
    }

    @Test
    void daysAndHoursMustFitThePeriod() {
        assertThat(errors(Feed.CONTRACTS, contract("days_worked", "3")))
                .extracting(FieldError::rule).containsExactly("more days worked than the 2 days of the period");
        assertThat(errors(Feed.CONTRACTS, contract("hours_worked", "48.5")))
                .extracting(FieldError::rule).containsExactly("more than 24 hours per day worked");
        assertThat(errors(Feed.CONTRACTS, contract("hours_worked", "7.555")))
                .extracting(FieldError::rule).containsExactly("at most two decimals");
    }

    @Test
    void aContractOutsideAnActivityNeedsAClient() {
        assertThat(errors(Feed.CONTRACTS, contract("activity_id", "")))
                .containsExactly(new FieldError("client_id", null, "required when the contract is not under an activity"));
        assertThat(errors(Feed.CONTRACTS, contract("activity_id", "", "client_id", "C1"))).isEmpty();
    }

    @Test
    void amountsHaveADotAndAtMostTwoDecimals() {
        assertThat(errors(Feed.CONTRACTS, contract("gross_amount", "420,00")))
                .extracting(FieldError::rule).containsExactly("amount with a dot and at most two decimals");
        assertThat(errors(Feed.CONTRACTS, contract("gross_amount", "420.001")))
                .extracting(FieldError::rule).containsExactly("amount with a dot and at most two decimals");
    }

    @Test
    void aMemberNeedsAValidNationalNumberIbanAndAMatchingBirthDate() {
        CsvRow good = row("member_id", "M1", "niss", "85.07.30-033.28", "last_name", "Peeters", "first_name", "Anna",
                "birth_date", "1985-07-30", "iban", "BE68 5390 0754 7034", "office", "BRUXELLES", "team", "GREEN");
        assertThat(errors(Feed.MEMBERS, good)).isEmpty();

        CsvRow bad = row("member_id", "M1", "niss", "85073003328", "last_name", "Peeters", "first_name", "Anna",
                "birth_date", "1985-07-31", "iban", "BE68539007547035", "office", "GENT", "team", "GREEN",
                "withholding_rate", "75");
        assertThat(errors(Feed.MEMBERS, bad)).extracting(FieldError::field)
                .containsExactly("iban", "withholding_rate", "team", "birth_date");
    }

    @Test
    void aBelgianBusinessNeedsItsEnterpriseNumberAndAVatNumberMatchingIt() {
        assertThat(errors(Feed.CLIENTS, row("client_id", "C1", "name", "X", "kind", "BUSINESS", "country", "BE")))
                .extracting(FieldError::rule).containsExactly("required for a Belgian business or public body");
        assertThat(errors(Feed.CLIENTS, row("client_id", "C1", "name", "X", "kind", "BUSINESS", "country", "BE",
                "enterprise_number", "0403703508", "vat_number", "BE0851234584")))
                .extracting(FieldError::rule).containsExactly("must be BE + the enterprise number 0403703508");
        assertThat(errors(Feed.CLIENTS, row("client_id", "C1", "name", "X", "kind", "BUSINESS", "country", "FR",
                "vat_number", "DE123456789")))
                .extracting(FieldError::rule).containsExactly("prefix must be the client's country FR");
        assertThat(errors(Feed.CLIENTS, row("client_id", "C1", "name", "X", "kind", "PERSON", "country", "BE"))).isEmpty();
    }

    @Test
    void aSaleBelongsToExactlyOneActivityOrContractAndIsNotDatedInTheFuture() {
        assertThat(errors(Feed.SALES, row("sale_id", "S1", "client_id", "C1", "amount_excl_vat", "10.00",
                "vat_regime", "STANDARD", "sale_date", "2017-01-03")))
                .extracting(FieldError::rule).containsExactly("exactly one of activity_id and contract_id is required");
        assertThat(errors(Feed.SALES, row("sale_id", "S1", "activity_id", "A1", "client_id", "C1",
                "amount_excl_vat", "10.00", "vat_regime", "STANDARD", "sale_date", "2017-01-04")))
                .extracting(FieldError::rule).containsExactly("after the business date 2017-01-03");
    }

    @Test
    void aLineThatCannotBeReadAsARowCarriesItsProblem() {
        CsvRow broken = new CsvRow("sales.csv", 9, Map.of("sale_id", "S1"),
                new FieldError("(line)", null, "line has 3 fields where the header has 9"));
        assertThat(Feed.SALES.outcome(broken, BUSINESS_DATE)).isInstanceOf(RowOutcome.Rejected.class);
        assertThat(errors(Feed.SALES, broken).get(0).rule()).isEqualTo("line has 3 fields where the header has 9");
    }
}
