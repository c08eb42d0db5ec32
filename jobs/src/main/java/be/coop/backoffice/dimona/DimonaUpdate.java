package be.coop.backoffice.dimona;

import java.time.LocalDate;

/**
 * Changes the dates (or a student's planned hours) of a contract already declared.
 *
 * @param dimonaPeriodId the period number DIMONA gave the original declaration
 * @param workerNiss the worker's national number, or {@code null} (optional in an update)
 * @param plannedHours the new planned hours of a student, or {@code null} when unchanged
 */
public record DimonaUpdate(
        String contractId,
        Long dimonaPeriodId,
        LocalDate newStartDate,
        LocalDate newEndDate,
        String workerNiss,
        Integer plannedHours) implements DimonaDeclaration {
}
