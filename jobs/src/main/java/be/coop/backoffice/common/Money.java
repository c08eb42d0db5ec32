package be.coop.backoffice.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euro, always held at two decimals.
 *
 * <p>The one rounding policy of the back office lives here: half-up to the cent, applied per line
 * ({@link #times(BigDecimal)}); totals are sums of already rounded lines, never rounded again.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(2, ROUNDING);
    }

    /** Parses a plain decimal with a dot and at most two decimals, e.g. {@code 1234.5}. */
    public static Money parse(String text) {
        return new Money(new BigDecimal(text.trim()));
    }

    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /** Rounds any exact amount half-up to the cent. */
    public static Money rounded(BigDecimal exact) {
        return new Money(exact.setScale(2, ROUNDING));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times a rate, rounded half-up to the cent: one line's worth. */
    public Money times(BigDecimal rate) {
        return rounded(amount.multiply(rate));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public long cents() {
        return amount.movePointRight(2).longValueExact();
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
