package be.coop.backoffice.dimona;

/**
 * Cancels the declaration of a contract cancelled before its first day of work.
 *
 * @param dimonaPeriodId the period number DIMONA gave the original declaration
 * @param workerNiss the worker's national number, or {@code null} (optional in a cancellation)
 */
public record DimonaCancel(String contractId, Long dimonaPeriodId, String workerNiss) implements DimonaDeclaration {
}
