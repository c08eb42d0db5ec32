package be.coop.backoffice.payments.statement;

/**
 * One reason to refuse a statement file: the line of the file it was found on (a CODA record is one
 * line; for camt.053 the line where the XML element starts) and the rule it breaks, in words.
 */
public record StatementProblem(int line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
