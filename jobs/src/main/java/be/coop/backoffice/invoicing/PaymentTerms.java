package be.coop.backoffice.invoicing;

import java.time.LocalDate;

/**
 * Due dates: an invoice is due {@code client.payment_terms_days} calendar days (30 unless the
 * client has its own terms) after its issue date; a credit note is due on its issue date.
 */
public final class PaymentTerms {

    public static final int DEFAULT_DAYS = 30;

    private PaymentTerms() {
    }

    public static LocalDate invoiceDueDate(LocalDate issueDate, Integer clientTermsDays) {
        int days = clientTermsDays == null ? DEFAULT_DAYS : clientTermsDays;
        if (days < 0) {
            throw new IllegalArgumentException("payment terms cannot be negative: " + days);
        }
        return issueDate.plusDays(days);
    }

    public static LocalDate creditNoteDueDate(LocalDate issueDate) {
        return issueDate;
    }
}
