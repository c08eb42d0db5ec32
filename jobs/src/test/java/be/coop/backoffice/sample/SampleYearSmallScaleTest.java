package be.coop.backoffice.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small year (2% of the volume) keeps every feed rule, carries the scaled report figures and
 * agrees with its own summary.
 */
class SampleYearSmallScaleTest {

    @Test
    void aSmallYearIsConsistentAndScaled(@TempDir Path out) {
        GenerationSummary summary = new SampleYearGenerator(GeneratorSettings.of(2017, 0.02, 99L)).generate(out);
        Inbox inbox = Inbox.read(out.resolve("inbox"));

        assertThat(new InboxRules(inbox, 2017).check()).isEmpty();

        Map<String, Inbox.Row> contracts = inbox.standing("contracts.csv", "contract_id");
        Map<String, Inbox.Row> sales = inbox.standing("sales.csv", "sale_id");
        Set<String> workers = new HashSet<>();
        contracts.values().forEach(c -> workers.add(c.get("member_id")));
        BigDecimal gross = contracts.values().stream().map(c -> c.decimal("gross_amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal activities = sales.values().stream().filter(s -> !s.get("activity_id").isEmpty())
                .map(s -> s.decimal("amount_excl_vat")).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal contractTurnover = sales.values().stream().filter(s -> !s.get("contract_id").isEmpty())
                .map(s -> s.decimal("amount_excl_vat")).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fee = sales.values().stream().filter(s -> s.get("fee_exempt").equals("false"))
                .map(s -> s.decimal("amount_excl_vat").multiply(new BigDecimal("0.065")).setScale(2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(workers).hasSize(summary.workers()).hasSizeBetween(455, 462); // 22,928 × 2%, profile by profile
        assertThat(gross).isEqualByComparingTo(summary.grossSalaries().amount()).isEqualByComparingTo("1433003.18");
        assertThat(activities).isEqualByComparingTo("1867773.00");
        assertThat(contractTurnover).isEqualByComparingTo("1132390.00");
        assertThat(fee).isEqualByComparingTo("194255.00").isEqualByComparingTo(summary.mutualisedFee().amount());
        assertThat(sales).hasSize(summary.sales()).hasSize(3_400);
        assertThat(inbox.all("members.csv")).hasSize(summary.workers());
        assertThat(inbox.all("leasing.csv")).hasSize(5);
        assertThat(inbox.all("accidents.csv")).hasSize(3);
        assertThat(summary.rows()).isEqualTo(inbox.rows.values().stream().mapToInt(java.util.List::size).sum());
    }
}
