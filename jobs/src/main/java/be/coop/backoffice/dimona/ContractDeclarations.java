package be.coop.backoffice.dimona;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the DIMONA rules need to know of one contract: its current terms and what was declared of
 * it so far.
 *
 * @param version the contract's version (raised by every amendment and by a cancellation)
 * @param latest the latest declaration of the contract, whatever its state, or {@code null}
 * @param acceptedPeriodId the period id DIMONA gave the contract's accepted In, or {@code null}
 * @param accepted the terms DIMONA accepted last (In or Update), or {@code null}
 */
public record ContractDeclarations(
        String contractId,
        boolean cancelled,
        int version,
        boolean student,
        LocalDate start,
        LocalDate end,
        BigDecimal hours,
        Latest latest,
        Long acceptedPeriodId,
        Terms accepted) {

    /** The latest declaration: its kind, state and the contract version it reflects. */
    public record Latest(DeclarationKind kind, DeclarationState state, int contractVersion) {
    }

    /** Dates and student planned hours as declared. */
    public record Terms(LocalDate start, LocalDate end, Integer plannedHours) {
    }

    /** The planned hours DIMONA is told for a student: the hours worked rounded up to whole hours. */
    public Integer plannedHours() {
        return student ? hours.setScale(0, java.math.RoundingMode.CEILING).intValueExact() : null;
    }

    public Terms terms() {
        return new Terms(start, end, plannedHours());
    }
}
