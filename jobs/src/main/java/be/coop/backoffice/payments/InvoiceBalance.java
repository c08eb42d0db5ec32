package be.coop.backoffice.payments;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice as payment matching sees it: what it asks, what was paid so far, and how to find it.
 *
 * @param clientIban the paying client's account ({@code client.iban}), null when unknown
 * @param creditNote a credit note is never paid by a client: a payment naming one goes to suspense
 * @param paidOn     value date of the payment that paid it fully; null while an amount is open
 */
public record InvoiceBalance(long invoiceId, String invoiceNumber, String communication, String clientIban,
        boolean creditNote, Money amountInclVat, Money paidAmount, InvoiceStatus status, LocalDate paidOn) {

    public InvoiceBalance {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(amountInclVat, "amountInclVat");
        Objects.requireNonNull(paidAmount, "paidAmount");
        Objects.requireNonNull(status, "status");
    }

    /** What is still to pay. */
    public Money open() {
        return amountInclVat.minus(paidAmount);
    }

    /** This invoice after {@code amount} more was paid on {@code valueDate}. */
    InvoiceBalance pay(Money amount, LocalDate valueDate) {
        Money paid = paidAmount.plus(amount);
        boolean full = paid.compareTo(amountInclVat) >= 0;
        return new InvoiceBalance(invoiceId, invoiceNumber, communication, clientIban, creditNote, amountInclVat, paid,
                full ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID, full ? valueDate : null);
    }
}
