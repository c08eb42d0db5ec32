package be.coop.backoffice.payroll;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.util.Map;

/** The payroll rates of one calendar year, as configured in {@code config/payroll-rates.csv}. */
public record YearRates(
        int year,
        BigDecimal workerSocialSecurityRate,
        BigDecimal studentSolidarityRate,
        BigDecimal studentQuotaHours,
        Map<ContractType, BigDecimal> minimumWithholdingRates,
        Map<ContractType, BigDecimal> employerCostRates,
        Money courierMinimumHourlyWage,
        BigDecimal courierMinimumPaidHoursPerDay,
        Money courierDailyAllowance) {

    public YearRates {
        minimumWithholdingRates = Map.copyOf(minimumWithholdingRates);
        employerCostRates = Map.copyOf(employerCostRates);
    }

    public BigDecimal minimumWithholdingRate(ContractType type) {
        return minimumWithholdingRates.get(type);
    }

    public BigDecimal employerCostRate(ContractType type) {
        return employerCostRates.get(type);
    }
}
