package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice or credit note of one line, complete but for its number, which the writer takes from
 * the structure's counter in the transaction that inserts it. Amounts of a credit note are
 * negative.
 *
 * @param activityId  the Activity whose ledger the document posts to, {@code null} for a Contract
 * @param creditedInvoiceId     a credit note's invoice, {@code null} on an invoice, as is its number
 * @param feeAmount   the mutualised fee the cooperative earns on it (negative on a credit note);
 *                    the Activity's ledger is debited with its opposite
 */
public record InvoiceDraft(
        DocumentKind kind,
        String saleId,
        String sourceType,
        String sourceId,
        String activityId,
        String structureCode,
        String invoicePrefix,
        int communicationDigit,
        String clientId,
        LocalDate issueDate,
        LocalDate dueDate,
        Money amountExclVat,
        VatTreatment vatTreatment,
        Money vatAmount,
        String description,
        Long creditedInvoiceId,
        String creditedInvoiceNumber,
        boolean feeExempt,
        BigDecimal feeRate,
        Money feeAmount) implements DraftOutcome {

    public Money amountInclVat() {
        return amountExclVat.plus(vatAmount);
    }

    public InvoiceNumber number(int numberInYear) {
        return new InvoiceNumber(invoicePrefix, issueDate.getYear(), numberInYear);
    }
}
