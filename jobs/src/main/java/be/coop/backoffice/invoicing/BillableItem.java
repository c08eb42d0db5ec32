package be.coop.backoffice.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of {@code billable-items.sql}: a sale to invoice ({@code kind} INVOICE), or a cancelled
 * invoiced sale to credit ({@code kind} CREDIT_NOTE, with the credited invoice's line and fee).
 *
 * @param structureCode        a Contract sale's contract structure, an Activity sale's activity structure
 *                             (for a credit note: the credited invoice's structure)
 * @param amountExclVat        the sale's amount (for a credit note: the credited line's amount, positive)
 * @param creditedVatAmount    credit notes only, as are the other {@code credited*} columns
 */
public record BillableItem(
        String kind,
        String saleId,
        String sourceType,
        String sourceId,
        String activityId,
        String structureCode,
        String invoicePrefix,
        int communicationDigit,
        boolean structureVatExempt,
        String clientId,
        String clientKind,
        String clientCountry,
        String clientVatNumber,
        int paymentTermsDays,
        BigDecimal amountExclVat,
        String vatRegime,
        LocalDate saleDate,
        boolean feeExempt,
        String description,
        Long creditedInvoiceId,
        String creditedInvoiceNumber,
        String creditedVatTreatment,
        BigDecimal creditedVatAmount,
        BigDecimal creditedFeeRate,
        BigDecimal creditedFeeAmount) {
}
