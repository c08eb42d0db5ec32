package be.coop.backoffice.payroll;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An active contract whose work has ended and that has no payslip yet, with what its payslip needs
 * of its member.
 *
 * @param withholdingPercent the member's chosen withholding rate in percent (0..60), or {@code null}
 * @param activityId the Activity the salary is debited from, or {@code null} for a client's contract
 */
public record ContractToPay(
        String contractId,
        String memberId,
        String structure,
        ContractType type,
        boolean courier,
        LocalDate start,
        LocalDate end,
        int daysWorked,
        BigDecimal hours,
        Money gross,
        BigDecimal withholdingPercent,
        String activityId) {

    public PayrollContract toPayrollContract() {
        BigDecimal chosen = withholdingPercent == null ? null : withholdingPercent.movePointLeft(2);
        return new PayrollContract(contractId, type, courier, start, end, daysWorked, hours, gross, chosen);
    }
}
