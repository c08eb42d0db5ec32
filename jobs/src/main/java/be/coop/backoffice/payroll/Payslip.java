package be.coop.backoffice.payroll;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The gross-to-net result of one contract. Every amount is a line rounded half-up to the cent;
 * the totals are sums or differences of rounded lines:
 * {@code taxableIncome = gross − workerContribution}, {@code net = taxableIncome − withholdingTax},
 * {@code amountPaid = net + courierAllowance}.
 *
 * @param ratesYear the year whose rates were applied (the year of the contract's end date)
 * @param paidHours hours paid: the hours worked, raised for couriers to the daily minimum
 * @param gross gross salary after any courier correction; also the social-security base
 * @param courierShortfall what was added to a courier's encoded gross (zero otherwise)
 * @param withholdingRate the rate applied: the member's choice, never below the legal minimum
 * @param courierAllowance non-taxable bike and phone allowance, outside gross and taxable income
 * @param hoursBeyondStudentQuota student hours that bore ordinary contributions (zero otherwise)
 */
public record Payslip(
        String contractId,
        ContractType contractType,
        int ratesYear,
        BigDecimal paidHours,
        Money gross,
        Money courierShortfall,
        List<ContributionLine> contributions,
        Money workerContribution,
        Money taxableIncome,
        BigDecimal withholdingRate,
        Money withholdingTax,
        Money net,
        Money courierAllowance,
        Money amountPaid,
        Money employerCosts,
        BigDecimal hoursBeyondStudentQuota,
        Set<PayslipFlag> flags) {

    public Payslip {
        contributions = List.copyOf(contributions);
        flags = Set.copyOf(flags);
    }

    /** The social-security base: the whole gross, split between lines for a student crossing the quota. */
    public Money socialSecurityBase() {
        return gross;
    }

    public boolean has(PayslipFlag flag) {
        return flags.contains(flag);
    }
}
