package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;

/**
 * Turns a billable item into the document the day issues, composing the rules: VAT
 * ({@link VatRule}), due date ({@link PaymentTerms}) and mutualised fee ({@link MutualisedFee}).
 * A credit note takes the credited invoice's line and fee, negated, so it cancels exactly what was
 * invoiced and posted even if a rate changed since.
 */
public final class InvoiceDrafter {

    private final LocalDate issueDate;
    private final MutualisedFee fee;

    public InvoiceDrafter(LocalDate issueDate, MutualisedFee fee) {
        this.issueDate = issueDate;
        this.fee = fee;
    }

    public DraftOutcome draft(BillableItem item) {
        return DocumentKind.valueOf(item.kind()) == DocumentKind.CREDIT_NOTE ? creditNote(item) : invoice(item);
    }

    private DraftOutcome invoice(BillableItem item) {
        VatTreatment treatment;
        try {
            treatment = VatRule.treatment(VatRegime.valueOf(item.vatRegime()), item.structureCode(),
                    item.structureVatExempt(), ClientKind.valueOf(item.clientKind()), item.clientCountry(),
                    item.clientVatNumber(), issueDate);
        } catch (NotInvoiceableException e) {
            return new RefusedSale(item.saleId(), e.getMessage());
        }
        Money amount = new Money(item.amountExclVat());
        return new InvoiceDraft(DocumentKind.INVOICE, item.saleId(), item.sourceType(), item.sourceId(),
                item.activityId(), item.structureCode(), item.invoicePrefix(), item.communicationDigit(),
                item.clientId(), issueDate, PaymentTerms.invoiceDueDate(issueDate, item.paymentTermsDays()),
                amount, treatment, treatment.vatOn(amount), item.description(), null, null,
                item.feeExempt(), fee.rate(), fee.on(amount, item.feeExempt()));
    }

    private DraftOutcome creditNote(BillableItem item) {
        Money feeAmount = item.creditedFeeAmount() == null ? Money.ZERO : new Money(item.creditedFeeAmount());
        return new InvoiceDraft(DocumentKind.CREDIT_NOTE, item.saleId(), item.sourceType(), item.sourceId(),
                item.activityId(), item.structureCode(), item.invoicePrefix(), item.communicationDigit(),
                item.clientId(), issueDate, PaymentTerms.creditNoteDueDate(issueDate),
                new Money(item.amountExclVat()).negate(), VatTreatment.valueOf(item.creditedVatTreatment()),
                new Money(item.creditedVatAmount()).negate(),
                "Credit note of " + item.creditedInvoiceNumber() + (item.description() == null ? "" : ": " + item.description()),
                item.creditedInvoiceId(), item.creditedInvoiceNumber(), item.feeExempt(),
                item.creditedFeeRate() == null ? fee.rate() : item.creditedFeeRate(), feeAmount.negate());
    }
}
