package be.coop.backoffice.invoicing;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * What invoicing needs of an employing structure: its number prefix, the digit its structured
 * communications start with, and whether its invoices are exempt from VAT. A handful of rows, read
 * once per run and looked up by the reader, so the billable items' query joins no structure: joined
 * on the Activity's or the contract's structure (an expression), it made the planner expect a
 * hundredth of the rows and look clients up one by one.
 */
record InvoicingStructure(String code, String invoicePrefix, int communicationDigit, boolean vatExempt) {

    static Map<String, InvoicingStructure> all(JdbcOperations jdbc) {
        return jdbc.query("select code, invoice_prefix, communication_digit, vat_exempt from structure",
                        (rs, n) -> new InvoicingStructure(rs.getString("code"), rs.getString("invoice_prefix"),
                                rs.getInt("communication_digit"), rs.getBoolean("vat_exempt")))
                .stream()
                .collect(Collectors.toUnmodifiableMap(InvoicingStructure::code, Function.identity()));
    }
}
