package be.coop.backoffice.payroll;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the payslip computation needs to know about one employment contract.
 *
 * @param hours hours worked as encoded (decimal hours, 7.5 for 7h30)
 * @param gross gross salary as encoded, before any courier correction
 * @param chosenWithholdingRate the withholding-tax rate the member chose (0.15 for 15%), or
 *        {@code null} for the legal minimum of the contract type
 */
public record PayrollContract(
        String contractId,
        ContractType type,
        boolean courier,
        LocalDate start,
        LocalDate end,
        int daysWorked,
        BigDecimal hours,
        Money gross,
        BigDecimal chosenWithholdingRate) {

    public PayrollContract {
        Objects.requireNonNull(contractId, "contractId");
        require(type != null, contractId, "contract type is missing");
        require(start != null && end != null, contractId, "start and end dates are required");
        require(!end.isBefore(start), contractId, "ends (" + end + ") before it starts (" + start + ")");
        long calendarDays = ChronoUnit.DAYS.between(start, end) + 1;
        require(daysWorked >= 1 && daysWorked <= calendarDays, contractId,
                "days worked must be 1.." + calendarDays + " for " + start + ".." + end + ": " + daysWorked);
        require(hours != null && hours.signum() > 0, contractId, "hours worked must be positive: " + hours);
        require(gross != null && !gross.isNegative(), contractId, "gross must not be negative: " + gross);
        require(chosenWithholdingRate == null
                        || (chosenWithholdingRate.signum() >= 0 && chosenWithholdingRate.compareTo(BigDecimal.ONE) < 0),
                contractId, "chosen withholding rate must be a fraction in 0..1 (0.15 for 15%): " + chosenWithholdingRate);
    }

    private static void require(boolean rule, String contractId, String message) {
        if (!rule) {
            throw new IllegalArgumentException("contract " + contractId + ": " + message);
        }
    }
}
