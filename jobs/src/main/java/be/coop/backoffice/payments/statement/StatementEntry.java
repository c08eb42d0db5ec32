package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Money;
import java.util.List;
import java.util.Objects;

/**
 * One amount booked on the account, as it moves the balance, and the payments it is made of.
 *
 * <p>Usually one line of the same amount. A globalised CODA movement (a total followed by its
 * detail movements) or a camt.053 batch entry (one {@code Ntry} with several {@code TxDtls}) has one
 * line per detail, because the details identify the individual payments; the balance moves by the
 * entry amount, which {@link StatementCheck} requires to equal the sum of the lines.
 *
 * @param sourceLine    line of the CODA 2.1 record of the movement, or of the camt {@code Ntry}
 * @param bankReference the bank's reference of the booking
 * @param amount        signed amount booked, credit positive
 * @param lines         the payments, at least one
 */
public record StatementEntry(int sourceLine, String bankReference, Money amount, List<StatementLine> lines) {

    public StatementEntry {
        Objects.requireNonNull(amount, "amount");
        bankReference = Objects.requireNonNullElse(bankReference, "");
        lines = List.copyOf(lines);
    }

    public Money linesTotal() {
        Money total = Money.ZERO;
        for (StatementLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }
}
