package be.coop.backoffice.payroll;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The cooperative or one of its sister entities abroad, as configured in {@code config/entities.csv}.
 *
 * @param country ISO 3166 alpha-2 code of the country whose bank calendar the payments follow
 * @param feeRate mutualised fee on turnover excluding VAT (for individuals where the entity distinguishes)
 * @param feeRateLegalPersons fee on turnover from legal persons, equal to {@code feeRate} unless configured
 * @param salaryPaymentDelay empty when the entity's delay is not known yet
 */
public record Entity(
        String code,
        String country,
        String name,
        BigDecimal feeRate,
        BigDecimal feeRateLegalPersons,
        Optional<PaymentDelayRule> salaryPaymentDelay) {
}
