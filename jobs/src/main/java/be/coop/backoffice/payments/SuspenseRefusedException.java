package be.coop.backoffice.payments;

/** A resolution of a suspense line that breaks a rule; nothing of it was written. */
public class SuspenseRefusedException extends RuntimeException {

    public SuspenseRefusedException(String message) {
        super(message);
    }
}
