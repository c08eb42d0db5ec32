package be.coop.backoffice.dimona;

import be.coop.backoffice.dimona.ContractDeclarations.Terms;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which declaration a contract needs tonight, if any. Plain rules, no database:
 * <ul>
 *   <li>Never declared: an active contract starting on or before the horizon (the next business
 *       day) gets its {@code IN}; late when it starts on or before the business date (it was
 *       encoded after its first day: declared at once).</li>
 *   <li>Latest declaration not yet written ({@code TO_SEND}) or waiting for its acknowledgement
 *       ({@code SENT}): nothing; an update or cancel needs the period id the In's acknowledgement
 *       brings.</li>
 *   <li>Latest declaration {@code REFUSED}: nothing until the contract changes (a person fixes it
 *       by amending the contract); then it is reconciled like an accepted one.</li>
 *   <li>Reconcile: without an accepted In, a new {@code IN} (as above); a cancelled contract gets a
 *       {@code CANCEL} unless one was accepted; an active one whose dates or student hours differ
 *       from what DIMONA accepted last gets an {@code UPDATE}.</li>
 * </ul>
 */
public final class DimonaRules {

    /** A declaration to create. */
    public record Needed(DeclarationKind kind, boolean late, Long periodId, Terms terms) {
    }

    private DimonaRules() {
    }

    public static Optional<Needed> decide(ContractDeclarations c, LocalDate businessDate, LocalDate horizon) {
        ContractDeclarations.Latest latest = c.latest();
        if (latest == null) {
            return in(c, businessDate, horizon);
        }
        switch (latest.state()) {
            case TO_SEND, SENT -> {
                return Optional.empty();
            }
            case REFUSED -> {
                if (latest.contractVersion() == c.version()) {
                    return Optional.empty();
                }
            }
            default -> {
            }
        }
        if (c.acceptedPeriodId() == null) {
            return in(c, businessDate, horizon);
        }
        if (c.cancelled()) {
            boolean cancelAccepted = latest.kind() == DeclarationKind.CANCEL && latest.state().accepted();
            return cancelAccepted ? Optional.empty()
                    : Optional.of(new Needed(DeclarationKind.CANCEL, false, c.acceptedPeriodId(), c.terms()));
        }
        if (Objects.equals(c.terms(), c.accepted())) {
            return Optional.empty();
        }
        return Optional.of(new Needed(DeclarationKind.UPDATE, false, c.acceptedPeriodId(), c.terms()));
    }

    private static Optional<Needed> in(ContractDeclarations c, LocalDate businessDate, LocalDate horizon) {
        if (c.cancelled() || c.start().isAfter(horizon)) {
            return Optional.empty();
        }
        return Optional.of(new Needed(DeclarationKind.IN, !c.start().isAfter(businessDate), null, c.terms()));
    }
}
