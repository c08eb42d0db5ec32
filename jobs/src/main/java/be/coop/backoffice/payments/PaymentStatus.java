package be.coop.backoffice.payments;

/**
 * What became of one statement line ({@code payment.status}).
 * <ul>
 *   <li>{@code MATCHED}: the whole amount paid an invoice, which is now paid;</li>
 *   <li>{@code PARTIAL}: the whole amount went to an invoice, which still has an amount open;</li>
 *   <li>{@code SUSPENSE}: a person must look at it: no invoice found, an ambiguous one, a debit, an
 *       invoice already paid or credited, or an over-payment (the invoice is paid, the excess waits).</li>
 * </ul>
 */
public enum PaymentStatus {
    MATCHED, PARTIAL, SUSPENSE;

    /** As written in the payments report. */
    public String reportName() {
        return name().toLowerCase();
    }
}
