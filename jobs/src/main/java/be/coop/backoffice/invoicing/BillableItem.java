package be.coop.backoffice.invoicing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

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

    /**
     * Maps a row by column label. Written out rather than a {@code DataClassRowMapper}, which
     * probes each column under two spellings and pays for a driver exception on every miss, a
     * noticeable cost at a year's volume. The structure's terms come from {@code structures}, by code.
     */
    static BillableItem map(ResultSet rs, Map<String, InvoicingStructure> structures) throws SQLException {
        String structureCode = rs.getString("structure_code");
        InvoicingStructure structure = structures.get(structureCode);
        if (structure == null) { // the schema's references make this impossible
            throw new IllegalStateException("sale " + rs.getString("sale_id") + ": unknown structure " + structureCode);
        }
        return new BillableItem(
                rs.getString("kind"),
                rs.getString("sale_id"),
                rs.getString("source_type"),
                rs.getString("source_id"),
                rs.getString("activity_id"),
                structureCode,
                structure.invoicePrefix(),
                structure.communicationDigit(),
                structure.vatExempt(),
                rs.getString("client_id"),
                rs.getString("client_kind"),
                rs.getString("client_country"),
                rs.getString("client_vat_number"),
                rs.getInt("payment_terms_days"),
                rs.getBigDecimal("amount_excl_vat"),
                rs.getString("vat_regime"),
                rs.getObject("sale_date", LocalDate.class),
                rs.getBoolean("fee_exempt"),
                rs.getString("description"),
                rs.getObject("credited_invoice_id", Long.class),
                rs.getString("credited_invoice_number"),
                rs.getString("credited_vat_treatment"),
                rs.getBigDecimal("credited_vat_amount"),
                rs.getBigDecimal("credited_fee_rate"),
                rs.getBigDecimal("credited_fee_amount"));
    }
}
