package be.coop.backoffice.payments;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invoices the lines of one statement file may pay, loaded in bulk before matching, and how
 * each stands after the payments matched so far: two lines of one file paying the same invoice see
 * each other. What changed is written back in one batch ({@link #changed()}).
 */
public final class InvoiceBook {

    private final Map<Long, InvoiceBalance> byId = new LinkedHashMap<>();
    private final Map<String, Long> byCommunication = new HashMap<>();
    private final Map<String, Long> byNumber = new HashMap<>();
    private final Map<String, List<Long>> byClientIban = new HashMap<>();
    private final Map<Long, InvoiceBalance> changed = new LinkedHashMap<>();

    public InvoiceBook(Collection<InvoiceBalance> invoices) {
        for (InvoiceBalance invoice : invoices) {
            if (byId.putIfAbsent(invoice.invoiceId(), invoice) != null) {
                continue;
            }
            if (invoice.communication() != null) {
                byCommunication.put(invoice.communication(), invoice.invoiceId());
            }
            byNumber.put(invoice.invoiceNumber(), invoice.invoiceId());
            if (invoice.clientIban() != null) {
                byClientIban.computeIfAbsent(invoice.clientIban(), k -> new ArrayList<>()).add(invoice.invoiceId());
            }
        }
    }

    public InvoiceBalance byCommunication(String digits) {
        Long id = byCommunication.get(digits);
        return id == null ? null : byId.get(id);
    }

    public InvoiceBalance byNumber(String invoiceNumber) {
        Long id = byNumber.get(invoiceNumber);
        return id == null ? null : byId.get(id);
    }

    /**
     * The payable invoices (not credit notes) of the clients with this account whose open amount is
     * exactly {@code amount}, by invoice number.
     */
    public List<InvoiceBalance> payableWithOpenAmount(String clientIban, Money amount) {
        List<InvoiceBalance> found = new ArrayList<>();
        for (Long id : byClientIban.getOrDefault(clientIban, List.of())) {
            InvoiceBalance invoice = byId.get(id);
            if (invoice.status().isPayable() && !invoice.creditNote() && invoice.open().compareTo(amount) == 0) {
                found.add(invoice);
            }
        }
        found.sort(Comparator.comparing(InvoiceBalance::invoiceNumber));
        return found;
    }

    /** Books {@code amount} on the invoice; returns the invoice as it stands after. */
    InvoiceBalance pay(InvoiceBalance invoice, Money amount, LocalDate valueDate) {
        InvoiceBalance after = byId.get(invoice.invoiceId()).pay(amount, valueDate);
        byId.put(after.invoiceId(), after);
        changed.put(after.invoiceId(), after);
        return after;
    }

    /** The invoices a payment was applied to, as they stand now, in the order first paid. */
    public List<InvoiceBalance> changed() {
        return List.copyOf(changed.values());
    }
}
