package be.coop.backoffice.sample.payments;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One day's statement of one of the cooperative's accounts, as the simulator writes it in CODA or
 * camt.053: the old balance, the movements, and the new balance they give.
 *
 * @param account      the cooperative's Belgian IBAN
 * @param sequence     statement number in the year (CODA paper statement number, camt {@code ElctrncSeqNb})
 * @param date         statement date (booking date of every movement, date of the new balance)
 * @param previousDate date of the old balance
 */
public record SimulatedStatement(String account, String holderName, String bic, int sequence, LocalDate date,
        LocalDate previousDate, Money oldBalance, List<Movement> movements) {

    /**
     * One movement: a credit transfer received (positive) or a debit (negative).
     *
     * @param structured the structured communication, null for a free one
     * @param freeText   the free communication, {@code ""} when structured
     */
    public record Movement(Money amount, LocalDate valueDate, StructuredCommunication structured, String freeText,
            String counterpartyIban, String counterpartyName, String counterpartyBic, String bankReference) {

        public Movement {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(valueDate, "valueDate");
            freeText = Objects.requireNonNullElse(freeText, "");
            counterpartyIban = Objects.requireNonNullElse(counterpartyIban, "");
            counterpartyName = Objects.requireNonNullElse(counterpartyName, "");
            counterpartyBic = Objects.requireNonNullElse(counterpartyBic, "");
            bankReference = Objects.requireNonNullElse(bankReference, "");
        }
    }

    public SimulatedStatement {
        movements = List.copyOf(movements);
    }

    public Money newBalance() {
        Money balance = oldBalance;
        for (Movement m : movements) {
            balance = balance.plus(m.amount());
        }
        return balance;
    }

    public Money debitTotal() {
        Money total = Money.ZERO;
        for (Movement m : movements) {
            if (m.amount().isNegative()) {
                total = total.minus(m.amount());
            }
        }
        return total;
    }

    public Money creditTotal() {
        Money total = Money.ZERO;
        for (Movement m : movements) {
            if (!m.amount().isNegative()) {
                total = total.plus(m.amount());
            }
        }
        return total;
    }
}
