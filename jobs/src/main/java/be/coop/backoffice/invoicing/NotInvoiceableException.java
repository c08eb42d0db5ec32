package be.coop.backoffice.invoicing;

/**
 * A sale the rules refuse to invoice as encoded; it is left uninvoiced and listed, with this
 * message as the reason, in the day's invoicing rejects.
 */
public class NotInvoiceableException extends RuntimeException {
    public NotInvoiceableException(String reason) {
        super(reason);
    }
}
