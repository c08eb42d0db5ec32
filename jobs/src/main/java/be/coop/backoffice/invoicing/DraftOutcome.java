package be.coop.backoffice.invoicing;

/** What the rules make of one billable item: a document to number and write, or a refusal. */
public sealed interface DraftOutcome permits InvoiceDraft, RefusedSale {

    String saleId();
}
