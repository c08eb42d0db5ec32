package be.coop.backoffice.dimona;

import java.time.LocalDate;

/**
 * Declares a contract before its first day of work.
 *
 * @param workerNiss the worker's national number as encoded (checked by the writer)
 * @param plannedHours hours planned, required for students ({@link DimonaWorkerType#STU}) and only for them
 * @param jointCommittee the contract's joint committee, {@code 200} or {@code 304}
 */
public record DimonaIn(
        String contractId,
        LocalDate startDate,
        LocalDate endDate,
        String workerNiss,
        DimonaWorkerType workerType,
        Integer plannedHours,
        String jointCommittee) implements DimonaDeclaration {
}
