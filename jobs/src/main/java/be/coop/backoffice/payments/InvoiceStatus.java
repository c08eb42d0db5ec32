package be.coop.backoffice.payments;

/** The states of {@code invoice.status} that payment matching reads and writes. */
public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID, CREDITED, WRITTEN_OFF;

    /** Whether a payment may still be applied to the invoice. */
    public boolean isPayable() {
        return this == OPEN || this == PARTIALLY_PAID;
    }
}
