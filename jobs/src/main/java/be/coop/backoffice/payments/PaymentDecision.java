package be.coop.backoffice.payments;

import be.coop.backoffice.common.Money;
import java.util.Objects;

/**
 * The outcome of one statement line: one row of {@code payment}. The line's amount is split exactly
 * into what was applied to the invoice and what waits in suspense ({@code amount = applied + suspense}).
 *
 * @param invoice  the invoice found (also for a suspense line naming a paid or credited invoice, or
 *                 an over-payment); null when none
 * @param rule     the rule that found the invoice; null when none did
 * @param reason   why the line is in suspense, or what a person should know; null for a plain match
 */
public record PaymentDecision(PaymentStatus status, InvoiceBalance invoice, MatchRule rule, Money amount,
        Money applied, Money suspense, String reason) {

    public PaymentDecision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        if (amount.compareTo(applied.plus(suspense)) != 0) {
            throw new IllegalArgumentException("amount " + amount + " is not applied " + applied + " + suspense " + suspense);
        }
        if (!applied.isZero() && invoice == null) {
            throw new IllegalArgumentException("an applied amount needs an invoice");
        }
    }

    static PaymentDecision suspense(Money amount, InvoiceBalance invoice, MatchRule rule, String reason) {
        return new PaymentDecision(PaymentStatus.SUSPENSE, invoice, rule, amount, Money.ZERO, amount, reason);
    }

    public Long invoiceId() {
        return invoice == null ? null : invoice.invoiceId();
    }

    public String invoiceNumber() {
        return invoice == null ? null : invoice.invoiceNumber();
    }
}
