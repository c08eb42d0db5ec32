package be.coop.backoffice.payroll;

import be.coop.backoffice.testing.ConfigFiles;
import be.coop.backoffice.common.config.ConfigException;
import be.coop.backoffice.common.config.ConfigTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.Money;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayrollRatesTest {

    @Test
    void theConfiguredTableHoldsThe2017And2018Rates() {
        PayrollRates rates = PayrollRates.load(ConfigFiles.path("payroll-rates.csv"));

        YearRates y2017 = rates.forYear(2017);
        assertThat(y2017.workerSocialSecurityRate()).isEqualByComparingTo("0.1307");
        assertThat(y2017.studentSolidarityRate()).isEqualByComparingTo("0.0271");
        assertThat(y2017.studentQuotaHours()).isEqualByComparingTo("475");
        assertThat(y2017.courierMinimumHourlyWage()).isEqualTo(Money.parse("9.88"));
        assertThat(y2017.courierMinimumPaidHoursPerDay()).isEqualByComparingTo("3");
        assertThat(y2017.minimumWithholdingRates()).containsOnlyKeys(ContractType.values());
        assertThat(y2017.employerCostRates()).containsOnlyKeys(ContractType.values());

        assertThat(rates.forContractEnding(LocalDate.of(2018, 1, 3)).courierMinimumHourlyWage())
                .isEqualTo(Money.parse("10.08"));
    }

    @Test
    void theEmployerCostRatesOf2017AverageAbout51PercentOfThe2017GrossByContractType() {
        YearRates y2017 = PayrollRates.load(ConfigFiles.path("payroll-rates.csv")).forYear(2017);
        // gross salaries of the 2017 payroll table, by contract type (docs/payroll.md)
        BigDecimal employerCosts = y2017.employerCostRate(ContractType.EMPLOYEE).multiply(new BigDecimal("35875895.17"))
                .add(y2017.employerCostRate(ContractType.STUDENT).multiply(new BigDecimal("5345597.55")))
                .add(y2017.employerCostRate(ContractType.ARTIST).multiply(new BigDecimal("28588152.05")))
                .add(y2017.employerCostRate(ContractType.ARTIST_1BIS).multiply(new BigDecimal("1840514.44")));
        BigDecimal average = employerCosts.divide(new BigDecimal("71650159.21"), 4, java.math.RoundingMode.HALF_UP);

        assertThat(average).isBetween(new BigDecimal("0.5050"), new BigDecimal("0.5200"));
    }

    @Test
    void aYearMissingAParameterIsRefusedNamingTheYearAndTheParameter() {
        String csv = """
                year;parameter;contract_type;value;note
                2017;WORKER_SOCIAL_SECURITY_RATE;;0.1307;
                """;

        assertThatThrownBy(() -> PayrollRates.from(ConfigTable.parse("rates.csv", new StringReader(csv))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("rates.csv: year 2017 has no STUDENT_SOLIDARITY_RATE");
    }

    @Test
    void aRateWrittenAsAPercentageIsRefusedNamingTheLine() {
        String csv = """
                # comment
                year;parameter;contract_type;value;note
                2017;WORKER_SOCIAL_SECURITY_RATE;;13.07;
                """;

        assertThatThrownBy(() -> PayrollRates.from(ConfigTable.parse("rates.csv", new StringReader(csv))))
                .hasMessageContaining("rates.csv line 3").hasMessageContaining("is a fraction");
    }

    @Test
    void aParameterPerContractTypeWithoutTypeIsRefused() {
        String csv = """
                year;parameter;contract_type;value;note
                2017;EMPLOYER_COST_RATE;;0.55;
                """;

        assertThatThrownBy(() -> PayrollRates.from(ConfigTable.parse("rates.csv", new StringReader(csv))))
                .hasMessageContaining("line 2").hasMessageContaining("contract_type is empty");
    }
}
