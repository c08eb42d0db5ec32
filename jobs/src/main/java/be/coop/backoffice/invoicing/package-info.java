/**
 * Invoicing: the day's billable sales (Activity sales and Contracts) become numbered invoices, and
 * cancelled invoiced sales become credit notes. The rules are plain classes ({@link
 * be.coop.backoffice.invoicing.VatRule}, {@link be.coop.backoffice.invoicing.InvoiceNumber},
 * {@link be.coop.backoffice.invoicing.PaymentTerms}, {@link be.coop.backoffice.invoicing.MutualisedFee},
 * composed by {@link be.coop.backoffice.invoicing.InvoiceDrafter}); the job
 * ({@link be.coop.backoffice.invoicing.InvoicingJobConfiguration}) only reads, numbers and writes.
 */
package be.coop.backoffice.invoicing;
