package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;

/**
 * The cooperative's mutualised fee on invoiced turnover excluding VAT: turnover × rate, rounded
 * half-up to the cent, per invoice. Turnover marked fee-exempt (budget transfers, financing)
 * bears none. The rate is the Belgian entity's {@code fee_rate} of {@code config/entities.csv}.
 */
public record MutualisedFee(BigDecimal rate) {

    public MutualisedFee {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("fee rate must be a fraction in [0, 1): " + rate);
        }
    }

    public Money on(Money turnoverExclVat, boolean feeExempt) {
        return feeExempt ? Money.ZERO : turnoverExclVat.times(rate);
    }
}
