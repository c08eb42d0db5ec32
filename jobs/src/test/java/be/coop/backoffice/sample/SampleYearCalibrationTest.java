package be.coop.backoffice.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the full 2017 sample year once, reads the files back and checks the report's figures
 * to the cent, summing the CSV rows without any help from the generator.
 */
class SampleYearCalibrationTest {

    @TempDir
    static Path out;

    static GenerationSummary summary;
    static long generationMillis;
    static Inbox inbox;
    static Map<String, Inbox.Row> contracts;
    static Map<String, Inbox.Row> sales;

    @BeforeAll
    static void generateTheYear() {
        long started = System.nanoTime();
        summary = new SampleYearGenerator(GeneratorSettings.of(2017, 1.0, GeneratorSettings.DEFAULT_SEED)).generate(out);
        generationMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("sample year 2017 at scale 1.0 generated in " + generationMillis + " ms: " + summary);
        inbox = Inbox.read(out.resolve("inbox"));
        contracts = inbox.standing("contracts.csv", "contract_id");
        sales = inbox.standing("sales.csv", "sale_id");
    }

    @Test
    void everyDayOfTheYearHasItsFolder() {
        assertThat(inbox.days).hasSize(365).first().isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(inbox.days).last().isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void workersPerContractTypeMatchThePayrollTable() {
        assertThat(workers(c -> true)).isEqualTo(22_928);
        assertThat(workers(type("EMPLOYEE"))).isEqualTo(10_817);
        assertThat(workers(type("STUDENT"))).isEqualTo(4_677);
        assertThat(workers(type("ARTIST"))).isEqualTo(9_886);
        assertThat(workers(type("ARTIST_1BIS"))).isEqualTo(882);
        assertThat(workers(type("ARTIST").or(type("ARTIST_1BIS")))).isEqualTo(10_344);
        assertThat(inbox.all("members.csv")).hasSize(22_928);
    }

    @Test
    void grossAndDaysPerContractTypeMatchThePayrollTable() {
        assertThat(gross(c -> true)).isEqualByComparingTo("71650159.21");
        assertThat(gross(type("EMPLOYEE"))).isEqualByComparingTo("35875895.17");
        assertThat(gross(type("STUDENT"))).isEqualByComparingTo("5345597.55");
        assertThat(gross(type("ARTIST"))).isEqualByComparingTo("28588152.05");
        assertThat(gross(type("ARTIST_1BIS"))).isEqualByComparingTo("1840514.44");
        assertThat(days(c -> true)).isEqualTo(677_840);
        assertThat(days(type("EMPLOYEE"))).isEqualTo(330_952);
        assertThat(days(type("STUDENT"))).isEqualTo(99_018);
        assertThat(days(type("ARTIST"))).isEqualTo(228_483);
        assertThat(days(type("ARTIST_1BIS"))).isEqualTo(19_387);
    }

    @Test
    void workersAndDaysPerStructureMatchTheReport() {
        assertThat(workers(structure("PA"))).isEqualTo(21_438);
        assertThat(workers(structure("PI"))).isEqualTo(1_747);
        assertThat(workers(structure("FA"))).isEqualTo(837);
        assertThat(days(structure("PA"))).isEqualTo(619_590);
        assertThat(days(structure("PI"))).isEqualTo(37_972);
        assertThat(days(structure("FA"))).isEqualTo(20_278);
    }

    @Test
    void contractVolumesAreRealistic() {
        assertThat(contracts).hasSizeBetween(235_000, 265_000);
        long cancelled = inbox.all("contracts.csv").stream().filter(Inbox.Row::isCancellation).count();
        assertThat(cancelled).isBetween(500L, 2_500L);
        long august = contracts.values().stream().filter(c -> c.date("start_date").getMonthValue() == 8).count();
        long october = contracts.values().stream().filter(c -> c.date("start_date").getMonthValue() == 10).count();
        assertThat(august).isLessThan(october * 7 / 10);
        long late = contracts.values().stream().filter(c -> c.day().isAfter(c.date("start_date"))).count();
        assertThat((double) late / contracts.size()).isBetween(0.01, 0.03);
    }

    @Test
    void nearlyFourThousandBikeCouriersMostlyStudentsAndEmployeesOfPa() {
        Set<String> couriers = members(courier());
        assertThat(couriers).hasSizeBetween(3_800, 3_999);
        assertThat(contracts.values().stream().filter(courier())
                .allMatch(c -> c.get("structure").equals("PA") && !c.get("contract_type").startsWith("ARTIST"))).isTrue();
        long winter = contracts.values().stream().filter(courier()).filter(c -> c.date("start_date").getMonthValue() == 1).count();
        long summer = contracts.values().stream().filter(courier()).filter(c -> c.date("start_date").getMonthValue() == 7).count();
        assertThat(winter).isGreaterThan(summer * 3 / 2);
    }

    @Test
    void aboutOnePercentOfStudentsWorkPastTheQuota() {
        Map<String, BigDecimal> hours = new HashMap<>();
        contracts.values().stream().filter(type("STUDENT"))
                .forEach(c -> hours.merge(c.get("member_id"), c.decimal("hours_worked"), BigDecimal::add));
        long over = hours.values().stream().filter(h -> h.compareTo(BigDecimal.valueOf(475)) > 0).count();
        assertThat(over).isBetween(25L, 80L);
    }

    @Test
    void turnoverAndFeeMatchTheBudgetTable() {
        assertThat(sum(sales.values().stream().filter(s -> !s.get("activity_id").isEmpty()).toList(), "amount_excl_vat"))
                .isEqualByComparingTo("93388638.00");
        assertThat(sum(sales.values().stream().filter(s -> !s.get("contract_id").isEmpty()).toList(), "amount_excl_vat"))
                .isEqualByComparingTo("56619509.00");
        BigDecimal fee = sales.values().stream().filter(s -> s.get("fee_exempt").equals("false"))
                .map(s -> s.decimal("amount_excl_vat").multiply(new BigDecimal("0.065")).setScale(2, java.math.RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(fee).isEqualByComparingTo("9712751.00");
        BigDecimal feeFree = sum(sales.values().stream().filter(s -> s.get("fee_exempt").equals("true")).toList(), "amount_excl_vat");
        assertThat(feeFree).isBetween(new BigDecimal("570000"), new BigDecimal("590000"));
        assertThat(sales).hasSize(170_000);
        long cancelled = inbox.all("sales.csv").stream().filter(Inbox.Row::isCancellation).count();
        assertThat(cancelled).isBetween(300L, 700L);
    }

    @Test
    void everyContractToolContractIsInvoicedOnceAtAboutOnePointSixTimesItsGross() {
        Map<String, Long> salesPerContract = sales.values().stream().filter(s -> !s.get("contract_id").isEmpty())
                .collect(Collectors.groupingBy(s -> s.get("contract_id"), Collectors.counting()));
        List<Inbox.Row> tool = contracts.values().stream().filter(c -> !c.get("client_id").isEmpty()).toList();
        assertThat(salesPerContract).hasSize(tool.size());
        assertThat(salesPerContract.values()).allMatch(n -> n == 1);
        BigDecimal ratio = new BigDecimal("56619509.00").divide(sum(tool, "gross_amount"), 3, java.math.RoundingMode.HALF_UP);
        assertThat(ratio).isBetween(new BigDecimal("1.5"), new BigDecimal("1.7"));
    }

    @Test
    void aboutNinePercentOfTurnoverIsBilledAbroadMostlyInTheEuAndFrance() {
        Map<String, String> country = inbox.all("clients.csv").stream()
                .collect(Collectors.toMap(c -> c.get("client_id"), c -> c.get("country")));
        Map<String, BigDecimal> byCountry = new HashMap<>();
        sales.values().forEach(s -> byCountry.merge(country.get(s.get("client_id")), s.decimal("amount_excl_vat"), BigDecimal::add));
        double total = byCountry.values().stream().mapToDouble(BigDecimal::doubleValue).sum();
        double abroad = total - byCountry.get("BE").doubleValue();
        Set<String> eu = Set.of("FR", "NL", "DE", "LU", "ES", "IT", "GB", "AT", "PT", "IE", "DK", "SE", "PL", "HU");
        double inEu = byCountry.entrySet().stream().filter(e -> eu.contains(e.getKey())).mapToDouble(e -> e.getValue().doubleValue()).sum();
        assertThat(abroad / total).isBetween(0.075, 0.105);
        assertThat(inEu / abroad).isBetween(0.80, 0.92);
        assertThat(byCountry.get("FR").doubleValue() / inEu).isBetween(0.50, 0.66);
        assertThat(inbox.all("clients.csv")).hasSizeBetween(35_000, 50_000);
    }

    @Test
    void expensesMatchTheBudgetTable() {
        List<Inbox.Row> expenses = inbox.all("expenses.csv");
        assertThat(sum(expenses.stream().filter(e -> e.get("category").equals("AUTHOR_RIGHTS")).toList(), "amount"))
                .isEqualByComparingTo("4063386.00");
        assertThat(sum(expenses.stream().filter(e -> !e.get("category").equals("AUTHOR_RIGHTS")).toList(), "amount"))
                .isEqualByComparingTo("20220619.00");
    }

    @Test
    void leasingMatchesTheLeasingTable() {
        List<Inbox.Row> leasing = inbox.all("leasing.csv");
        assertThat(leasing).hasSize(271);
        assertThat(sum(leasing, "price")).isEqualByComparingTo("974692.15");
        assertThat(sum(leasing, "price").divide(BigDecimal.valueOf(271), 2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("3596.65");
        assertThat(leasing.stream().mapToInt(l -> l.integer("duration_months")).sum()).isEqualTo(271 * 14);
    }

    @Test
    void accidentsMatchTheAccidentStatistics() {
        List<Inbox.Row> accidents = inbox.all("accidents.csv");
        assertThat(accidents).hasSize(140);
        assertThat(accidents.stream().filter(a -> a.integer("lost_days") > 0).count()).isEqualTo(106);
        assertThat(accidents.stream().mapToInt(a -> a.integer("lost_days")).sum()).isEqualTo(2_420);
        List<Inbox.Row> couriers = accidents.stream().filter(a -> a.get("courier").equals("true")).toList();
        assertThat(couriers).hasSize(87);
        assertThat(couriers.stream().mapToInt(a -> a.integer("lost_days")).sum()).isEqualTo(1_041);
    }

    @Test
    void everyRowKeepsTheFeedRulesAndEveryReferenceIsKnownInTime() {
        assertThat(new InboxRules(inbox, 2017).check()).isEmpty();
    }

    @Test
    void theSummaryAgreesWithTheFiles() {
        assertThat(summary.workers()).isEqualTo(22_928);
        assertThat(summary.contracts()).isEqualTo(contracts.size());
        assertThat(summary.sales()).isEqualTo(sales.size());
        assertThat(summary.rows()).isEqualTo(inbox.rows.values().stream().mapToInt(List::size).sum());
        assertThat(summary.mutualisedFee().toString()).isEqualTo("9712751.00");
        assertThat(generationMillis).as("generation time").isLessThan(60_000);
    }

    private static Predicate<Inbox.Row> type(String type) {
        return c -> c.get("contract_type").equals(type);
    }

    private static Predicate<Inbox.Row> structure(String structure) {
        return c -> c.get("structure").equals(structure);
    }

    private static Predicate<Inbox.Row> courier() {
        return c -> c.get("courier").equals("true");
    }

    private static Set<String> members(Predicate<Inbox.Row> which) {
        Set<String> ids = new HashSet<>();
        contracts.values().stream().filter(which).forEach(c -> ids.add(c.get("member_id")));
        return ids;
    }

    private static int workers(Predicate<Inbox.Row> which) {
        return members(which).size();
    }

    private static BigDecimal gross(Predicate<Inbox.Row> which) {
        return sum(contracts.values().stream().filter(which).toList(), "gross_amount");
    }

    private static long days(Predicate<Inbox.Row> which) {
        return contracts.values().stream().filter(which).mapToLong(c -> c.integer("days_worked")).sum();
    }

    private static BigDecimal sum(Collection<Inbox.Row> rows, String column) {
        return rows.stream().map(r -> r.decimal(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
