package be.coop.backoffice.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a business date's invoicing issued, read from the database (so it is the same after a
 * restart): counts and totals of the documents issued that day, credit notes included with their
 * negative amounts, and the sales refused.
 */
public record InvoicingSummary(LocalDate businessDate, int invoices, int creditNotes, int refused,
                               BigDecimal amountExclVat, BigDecimal vatAmount, BigDecimal amountInclVat) {

    public static InvoicingSummary of(JdbcTemplate jdbc, LocalDate businessDate) {
        return jdbc.queryForObject("""
                select count(*) filter (where kind = 'INVOICE'), count(*) filter (where kind = 'CREDIT_NOTE'),
                       (select count(*) from invoicing_reject where business_date = ?),
                       coalesce(sum(amount_excl_vat), 0.00), coalesce(sum(vat_amount), 0.00),
                       coalesce(sum(amount_incl_vat), 0.00)
                  from invoice
                 where issue_date = ?""",
                (rs, i) -> new InvoicingSummary(businessDate, rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)),
                businessDate, businessDate);
    }

    /** {@code 3 invoices, 1 credit note, 1 sale refused; excl. VAT 2412.40, VAT 317.60, incl. VAT 2730.00}. */
    @Override
    public String toString() {
        return "%d %s, %d %s, %d %s refused; excl. VAT %s, VAT %s, incl. VAT %s".formatted(
                invoices, invoices == 1 ? "invoice" : "invoices",
                creditNotes, creditNotes == 1 ? "credit note" : "credit notes",
                refused, refused == 1 ? "sale" : "sales",
                amountExclVat.toPlainString(), vatAmount.toPlainString(), amountInclVat.toPlainString());
    }
}
