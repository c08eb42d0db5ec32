package be.coop.backoffice.receivables;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one client (or all of them) owes on a business date, by {@link AgeBucket}: the open amounts
 * of its invoices added up in the column of their due date. A credit balance (a credit note
 * larger than what was left to pay) stays negative in its column: it is owed to the client.
 */
public final class AgedBalance {

    private final LocalDate asOf;
    private final Map<AgeBucket, Money> amounts = new EnumMap<>(AgeBucket.class);
    private int openInvoices;
    private LocalDate oldestDueDate;

    public AgedBalance(LocalDate asOf) {
        this.asOf = asOf;
        for (AgeBucket bucket : AgeBucket.values()) {
            amounts.put(bucket, Money.ZERO);
        }
    }

    /** Adds an open invoice: what is left to pay and its due date. */
    public void add(Money openAmount, LocalDate dueDate) {
        amounts.merge(AgeBucket.of(dueDate, asOf), openAmount, Money::plus);
        openInvoices++;
        if (oldestDueDate == null || dueDate.isBefore(oldestDueDate)) {
            oldestDueDate = dueDate;
        }
    }

    /** Adds another balance of the same date, column by column (the total of several clients). */
    public void add(AgedBalance other) {
        for (AgeBucket bucket : AgeBucket.values()) {
            amounts.merge(bucket, other.amount(bucket), Money::plus);
        }
        openInvoices += other.openInvoices;
        if (other.oldestDueDate != null && (oldestDueDate == null || other.oldestDueDate.isBefore(oldestDueDate))) {
            oldestDueDate = other.oldestDueDate;
        }
    }

    public Money amount(AgeBucket bucket) {
        return amounts.get(bucket);
    }

    public Money total() {
        return amounts.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public int openInvoices() {
        return openInvoices;
    }

    /** The earliest due date of the open invoices; null when there is none. */
    public LocalDate oldestDueDate() {
        return oldestDueDate;
    }
}
