package be.coop.backoffice.dimona;

/**
 * The life of a declaration ({@code dimona_declaration.state}): created {@code TO_SEND}, {@code SENT}
 * once in a written file, then as DIMONA acknowledges it.
 */
public enum DeclarationState {
    /** Created, not in a written file yet (or refused by the checks before writing: see its error). */
    TO_SEND,
    /** In a file written to the outbox, waiting for DIMONA's acknowledgement. */
    SENT,
    ACCEPTED,
    ACCEPTED_WARNING,
    /** DIMONA refused it: reported for a person to fix by amending the contract. */
    REFUSED;

    public boolean accepted() {
        return this == ACCEPTED || this == ACCEPTED_WARNING;
    }
}
