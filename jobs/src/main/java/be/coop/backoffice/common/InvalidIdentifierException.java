package be.coop.backoffice.common;

/** An identifier that breaks its format or check-digit rule; the message names the rule. */
public class InvalidIdentifierException extends IllegalArgumentException {

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
