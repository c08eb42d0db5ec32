package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A balance of the account on a date, signed (negative when the account is overdrawn), with the
 * line of the file it was read from.
 */
public record Balance(LocalDate date, Money amount, int sourceLine) {

    public Balance {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
