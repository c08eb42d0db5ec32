package be.coop.backoffice.payroll;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.payroll.ContributionLine.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the payslip of one contract from the rates of the year of its end date. Pure: the same
 * contract, student hours and rates always give the same payslip; nothing is read or written.
 *
 * <ol>
 *   <li>Couriers: paid hours = max(hours, minimum paid hours per day × days worked); a gross below
 *       paid hours × minimum hourly wage is raised to it (flag {@code COURIER_CORRECTED}).</li>
 *   <li>Worker contribution: 13.07% of gross. A student's hours within what is left of the yearly
 *       quota bear the 2.71% solidarity rate instead; when the contract crosses the quota, the
 *       gross is split pro rata of hours (the part within the quota rounded half-up, the part
 *       beyond is the rest) and the part beyond bears 13.07% (flag {@code STUDENT_QUOTA_EXCEEDED}).</li>
 *   <li>Taxable = gross − worker contribution; withholding = taxable × max(chosen rate, minimum of
 *       the type); net = taxable − withholding.</li>
 *   <li>Courier allowance = days worked × daily allowance, outside gross and taxable income;
 *       amount paid = net + allowance.</li>
 *   <li>Employer costs = gross × employer cost rate of the type; for a student, the part beyond
 *       the quota is an ordinary employee's and bears the {@code EMPLOYEE} employer rate.</li>
 * </ol>
 */
public final class PayslipCalculator {

    private final PayrollRates rates;

    public PayslipCalculator(PayrollRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /**
     * @param studentHoursAlreadyWorked hours the member already worked as a student this calendar
     *        year before this contract (ignored for other contract types)
     */
    public Payslip compute(PayrollContract contract, BigDecimal studentHoursAlreadyWorked) {
        YearRates year = rates.forContractEnding(contract.end());
        Set<PayslipFlag> flags = EnumSet.noneOf(PayslipFlag.class);

        BigDecimal paidHours = contract.hours();
        Money gross = contract.gross();
        Money shortfall = Money.ZERO;
        if (contract.courier()) {
            BigDecimal minimumHours = year.courierMinimumPaidHoursPerDay().multiply(BigDecimal.valueOf(contract.daysWorked()));
            paidHours = paidHours.max(minimumHours);
            Money minimumGross = year.courierMinimumHourlyWage().times(paidHours);
            if (gross.compareTo(minimumGross) < 0) {
                shortfall = minimumGross.minus(gross);
                gross = minimumGross;
                flags.add(PayslipFlag.COURIER_CORRECTED);
            }
        }

        List<ContributionLine> lines = new ArrayList<>();
        BigDecimal hoursBeyondQuota = BigDecimal.ZERO;
        if (contract.type() == ContractType.STUDENT) {
            BigDecimal alreadyWorked = studentHoursAlreadyWorked == null ? BigDecimal.ZERO : studentHoursAlreadyWorked;
            BigDecimal leftInQuota = year.studentQuotaHours().subtract(alreadyWorked).max(BigDecimal.ZERO);
            BigDecimal hoursWithin = paidHours.min(leftInQuota);
            hoursBeyondQuota = paidHours.subtract(hoursWithin);
            Money baseWithin = hoursBeyondQuota.signum() == 0 ? gross
                    : Money.rounded(gross.amount().multiply(hoursWithin).divide(paidHours, 2, Money.ROUNDING));
            Money baseBeyond = gross.minus(baseWithin);
            if (hoursWithin.signum() > 0) {
                lines.add(ContributionLine.of(Kind.STUDENT_SOLIDARITY, hoursWithin, baseWithin, year.studentSolidarityRate()));
            }
            if (hoursBeyondQuota.signum() > 0) {
                lines.add(ContributionLine.of(Kind.ORDINARY, hoursBeyondQuota, baseBeyond, year.workerSocialSecurityRate()));
                flags.add(PayslipFlag.STUDENT_QUOTA_EXCEEDED);
            }
        } else {
            lines.add(ContributionLine.of(Kind.ORDINARY, paidHours, gross, year.workerSocialSecurityRate()));
        }

        Money workerContribution = sum(lines.stream().map(ContributionLine::amount).toList());
        Money taxable = gross.minus(workerContribution);
        BigDecimal minimumRate = year.minimumWithholdingRate(contract.type());
        BigDecimal withholdingRate = contract.chosenWithholdingRate() == null
                ? minimumRate : contract.chosenWithholdingRate().max(minimumRate);
        Money withholding = taxable.times(withholdingRate);
        Money net = taxable.minus(withholding);
        Money allowance = contract.courier()
                ? year.courierDailyAllowance().times(BigDecimal.valueOf(contract.daysWorked())) : Money.ZERO;

        return new Payslip(contract.contractId(), contract.type(), year.year(), paidHours, gross, shortfall,
                lines, workerContribution, taxable, withholdingRate, withholding, net, allowance, net.plus(allowance),
                employerCosts(contract.type(), lines, year), hoursBeyondQuota, flags);
    }

    private static Money employerCosts(ContractType type, List<ContributionLine> lines, YearRates year) {
        List<Money> costs = new ArrayList<>();
        for (ContributionLine line : lines) {
            ContractType rateType = type == ContractType.STUDENT && line.kind() == Kind.ORDINARY ? ContractType.EMPLOYEE : type;
            costs.add(line.base().times(year.employerCostRate(rateType)));
        }
        return sum(costs);
    }

    private static Money sum(List<Money> amounts) {
        Money total = Money.ZERO;
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }
}
