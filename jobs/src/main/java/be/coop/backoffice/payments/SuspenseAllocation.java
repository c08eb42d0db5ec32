package be.coop.backoffice.payments;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a person splits the suspense amount of one statement line, checked before anything is written.
 * The parts must add up to the suspense amount exactly, so the bank line's money is neither lost nor
 * counted twice: {@code applied + Σ parts = amount} for the line.
 *
 * <p>The rules, each refusal naming it:
 * <ul>
 *   <li>at most one part without an amount: it takes the rest (suspense amount minus the other parts),
 *       which must then be of the line's sign and not zero;</li>
 *   <li>a debit (negative suspense amount, e.g. bank charges) is no client's payment: only
 *       {@link Outcome#NOT_A_PAYMENT} resolves it; an invoice or a refund takes a positive amount;</li>
 *   <li>an invoice part: the invoice exists, is no credit note, is open or partially paid, is named
 *       once, and the part is at most its open amount (no over-allocation);</li>
 *   <li>the parts add up to the suspense amount.</li>
 * </ul>
 * Plain Java: {@link SuspenseResolver} loads the line and the invoices (locked) and writes the result.
 */
public final class SuspenseAllocation {

    /** Where a part of the suspense amount goes. */
    public enum Outcome { INVOICE, REFUND, NOT_A_PAYMENT }

    /**
     * One part as the person asks it.
     *
     * @param invoiceNumber for {@link Outcome#INVOICE} only
     * @param amount        null: the rest of the suspense amount
     */
    public record Part(Outcome outcome, String invoiceNumber, Money amount) {
        public Part {
            Objects.requireNonNull(outcome, "outcome");
            if ((outcome == Outcome.INVOICE) != (invoiceNumber != null)) {
                throw new IllegalArgumentException("an invoice number goes with an INVOICE part, and only with it");
            }
        }
    }

    /**
     * One part as it will be written.
     *
     * @param invoice the invoice after the part was applied; null for a refund or a non-payment
     */
    public record Allocated(int partNo, Outcome outcome, InvoiceBalance invoice, Money amount) {
    }

    private SuspenseAllocation() {
    }

    /**
     * The parts, numbered 1.. in the order given, with each invoice as it stands after its part.
     *
     * @param suspense  the line's suspense amount
     * @param valueDate the line's value date: an invoice paid in full by a part is paid on it
     * @param invoices  the invoices named, by number, as they stand now
     * @throws SuspenseRefusedException naming the rule broken
     */
    public static List<Allocated> allocate(Money suspense, LocalDate valueDate, List<Part> parts,
            Map<String, InvoiceBalance> invoices) {
        if (parts.isEmpty()) {
            throw new SuspenseRefusedException("say where the " + suspense + " go: an invoice, a refund or not a payment");
        }
        if (suspense.isZero()) {
            throw new SuspenseRefusedException("nothing in suspense on this line");
        }
        Money given = Money.ZERO;
        int withoutAmount = 0;
        for (Part p : parts) {
            if (p.amount() == null) {
                withoutAmount++;
            } else {
                given = given.plus(p.amount());
            }
        }
        if (withoutAmount > 1) {
            throw new SuspenseRefusedException("only one part may take the rest; give the amount of the others");
        }
        Money rest = suspense.minus(given);

        List<Allocated> allocated = new ArrayList<>();
        Set<String> named = new HashSet<>();
        Money total = Money.ZERO;
        for (Part p : parts) {
            Money amount = p.amount() != null ? p.amount() : rest;
            String what = p.outcome() == Outcome.INVOICE ? p.invoiceNumber() : p.outcome().name().toLowerCase().replace('_', ' ');
            if (p.amount() == null && (amount.isZero() || amount.isNegative() != suspense.isNegative())) {
                throw new SuspenseRefusedException("the other parts add up to " + given + ", leaving " + amount + " of the "
                        + suspense + " in suspense for " + what);
            }
            if (suspense.isNegative() && p.outcome() != Outcome.NOT_A_PAYMENT) {
                throw new SuspenseRefusedException("a debit of " + suspense + " is no client's payment: only"
                        + " not-a-payment resolves it");
            }
            if (amount.isZero() || amount.isNegative() != suspense.isNegative()) {
                throw new SuspenseRefusedException("the part for " + what + " must be " + (suspense.isNegative()
                        ? "negative" : "positive") + ", not " + amount);
            }
            InvoiceBalance after = null;
            if (p.outcome() == Outcome.INVOICE) {
                after = applyToInvoice(p.invoiceNumber(), amount, valueDate, invoices, named);
            }
            total = total.plus(amount);
            allocated.add(new Allocated(allocated.size() + 1, p.outcome(), after, amount));
        }
        if (total.compareTo(suspense) != 0) {
            throw new SuspenseRefusedException("the parts add up to " + total + ", the line has " + suspense
                    + " in suspense: every cent must go somewhere, once");
        }
        return allocated;
    }

    private static InvoiceBalance applyToInvoice(String number, Money amount, LocalDate valueDate,
            Map<String, InvoiceBalance> invoices, Set<String> named) {
        InvoiceBalance invoice = invoices.get(number);
        if (invoice == null) {
            throw new SuspenseRefusedException("no invoice " + number);
        }
        if (!named.add(number)) {
            throw new SuspenseRefusedException(number + " named twice: give it one part");
        }
        if (invoice.creditNote()) {
            throw new SuspenseRefusedException(number + " is a credit note: nothing to pay");
        }
        if (!invoice.status().isPayable()) {
            throw new SuspenseRefusedException(number + " is " + invoice.status()
                    + (invoice.paidOn() == null ? "" : " (paid on " + invoice.paidOn() + ")") + ": nothing open to pay");
        }
        if (amount.compareTo(invoice.open()) > 0) {
            throw new SuspenseRefusedException("over-allocation: " + amount + " for " + number + ", which has "
                    + invoice.open() + " open of " + invoice.amountInclVat() + "; put the excess elsewhere (another"
                    + " invoice, a refund)");
        }
        return invoice.pay(amount, valueDate);
    }
}
