package be.coop.backoffice.payments;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import be.coop.backoffice.payments.statement.StatementLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the invoice a statement line pays and books it. The rules, in order:
 * <ol>
 *   <li>a debit (negative amount) or a zero amount goes to suspense: clients pay by credit transfer;</li>
 *   <li>{@link MatchRule#COMMUNICATION}: the structured communication the bank delivered, or else the
 *       first valid one written in the free communication, with or without {@code +++}, slashes or
 *       spaces ({@link StatementLine#paymentReference()}), is an invoice's;</li>
 *   <li>{@link MatchRule#INVOICE_NUMBER}: the free communication names exactly one known invoice
 *       number ({@link InvoiceNumbers}); several known numbers go to suspense, as the line cannot be
 *       split without a person;</li>
 *   <li>{@link MatchRule#ACCOUNT_AMOUNT}: the counterparty IBAN is a client's and exactly one of that
 *       client's payable invoices has exactly the line's amount open; two or more go to suspense
 *       (ambiguous).</li>
 * </ol>
 * An invoice found by rule 2 or 3 is paid only if it is still payable: a credit note, or an invoice
 * paid, credited or written off, sends the line to suspense naming the invoice. On a payable one: the
 * exact open amount pays it ({@link PaymentStatus#MATCHED}); less leaves the rest open
 * ({@link PaymentStatus#PARTIAL}); more pays it and leaves the excess in suspense on the same line
 * ({@link PaymentStatus#SUSPENSE}, applied = the open amount, suspense = the excess).
 *
 * <p>Plain Java: the payments job loads the {@link InvoiceBook} in bulk and writes back what changed.
 */
public final class PaymentMatcher {

    /** The decision for {@code line}; a payment applied is booked in {@code book} at once. */
    public PaymentDecision match(StatementLine line, InvoiceBook book) {
        return match(line, line.paymentReference(), InvoiceNumbers.findIn(line.communication()), book);
    }

    /**
     * As {@link #match(StatementLine, InvoiceBook)}, with the line's {@link StatementLine#paymentReference()}
     * and {@link InvoiceNumbers#findIn invoice numbers} already found (the import looks for them once, to
     * load the invoices, and matches with the same).
     */
    PaymentDecision match(StatementLine line, Optional<StructuredCommunication> reference, List<String> numbers,
            InvoiceBook book) {
        Money amount = line.amount();
        if (amount.isNegative()) {
            return PaymentDecision.suspense(amount, null, null, "debit");
        }
        if (amount.isZero()) {
            return PaymentDecision.suspense(amount, null, null, "zero amount");
        }
        LocalDate valueDate = line.valueDate() != null ? line.valueDate() : line.entryDate();

        List<String> notFound = new ArrayList<>();
        if (reference.isPresent()) {
            InvoiceBalance invoice = book.byCommunication(reference.get().digits());
            if (invoice != null) {
                return apply(amount, valueDate, invoice, MatchRule.COMMUNICATION, book);
            }
            notFound.add("structured communication " + reference.get().formatted() + " is no invoice's");
        }

        List<InvoiceBalance> named = new ArrayList<>();
        for (String number : numbers) {
            InvoiceBalance invoice = book.byNumber(number);
            if (invoice != null) {
                named.add(invoice);
            }
        }
        if (named.size() == 1) {
            return apply(amount, valueDate, named.get(0), MatchRule.INVOICE_NUMBER, book);
        }
        if (named.size() > 1) {
            return PaymentDecision.suspense(amount, null, null, "several invoices named: "
                    + named.stream().map(InvoiceBalance::invoiceNumber).collect(Collectors.joining(", ")));
        }
        if (!numbers.isEmpty()) {
            notFound.add("invoice number " + String.join(", ", numbers) + " unknown");
        }

        Optional<Iban> account = line.counterpartyIban();
        if (account.isPresent()) {
            List<InvoiceBalance> candidates = book.payableWithOpenAmount(account.get().value(), amount);
            if (candidates.size() == 1) {
                return apply(amount, valueDate, candidates.get(0), MatchRule.ACCOUNT_AMOUNT, book);
            }
            if (candidates.size() > 1) {
                return PaymentDecision.suspense(amount, null, null, "ambiguous: " + candidates.size()
                        + " open invoices of " + amount + " for account " + account.get() + ": "
                        + candidates.stream().map(InvoiceBalance::invoiceNumber).collect(Collectors.joining(", ")));
            }
            notFound.add("no open invoice of " + amount + " for account " + account.get());
        } else if (line.counterpartyAccount().isEmpty()) {
            notFound.add("no counterparty account");
        } else {
            notFound.add("counterparty account " + line.counterpartyAccount() + " is not a valid IBAN");
        }
        if (reference.isEmpty() && numbers.isEmpty()) {
            notFound.add(0, "no structured communication or invoice number");
        }
        return PaymentDecision.suspense(amount, null, null, "no invoice found: " + String.join(", ", notFound));
    }

    private static PaymentDecision apply(Money amount, LocalDate valueDate, InvoiceBalance invoice, MatchRule rule,
            InvoiceBook book) {
        if (invoice.creditNote()) {
            return PaymentDecision.suspense(amount, invoice, rule, invoice.invoiceNumber() + " is a credit note");
        }
        switch (invoice.status()) {
            case PAID -> {
                return PaymentDecision.suspense(amount, invoice, rule, "invoice " + invoice.invoiceNumber()
                        + " already paid" + (invoice.paidOn() == null ? "" : " on " + invoice.paidOn()));
            }
            case CREDITED -> {
                return PaymentDecision.suspense(amount, invoice, rule, "invoice " + invoice.invoiceNumber() + " credited");
            }
            case WRITTEN_OFF -> {
                return PaymentDecision.suspense(amount, invoice, rule, "invoice " + invoice.invoiceNumber() + " written off");
            }
            default -> {
                // payable
            }
        }
        Money open = invoice.open();
        int comparison = amount.compareTo(open);
        if (comparison == 0) {
            InvoiceBalance after = book.pay(invoice, amount, valueDate);
            return new PaymentDecision(PaymentStatus.MATCHED, after, rule, amount, amount, Money.ZERO, null);
        }
        if (comparison < 0) {
            InvoiceBalance after = book.pay(invoice, amount, valueDate);
            return new PaymentDecision(PaymentStatus.PARTIAL, after, rule, amount, amount, Money.ZERO,
                    after.open() + " of " + invoice.amountInclVat() + " still open");
        }
        InvoiceBalance after = book.pay(invoice, open, valueDate);
        Money excess = amount.minus(open);
        return new PaymentDecision(PaymentStatus.SUSPENSE, after, rule, amount, open, excess,
                "over-payment: " + open + " paid invoice " + invoice.invoiceNumber() + ", " + excess + " in excess");
    }
}
