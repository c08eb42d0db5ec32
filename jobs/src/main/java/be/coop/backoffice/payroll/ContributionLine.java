package be.coop.backoffice.payroll;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;

/**
 * One line of the worker's social-security contribution: {@code amount = base × rate}, rounded
 * half-up to the cent. A student contract crossing the yearly quota has two lines.
 */
public record ContributionLine(Kind kind, BigDecimal hours, Money base, BigDecimal rate, Money amount) {

    public enum Kind {
        /** The ordinary worker contribution (13.07%). */
        ORDINARY,
        /** The student solidarity contribution on hours within the yearly quota (2.71%). */
        STUDENT_SOLIDARITY
    }

    static ContributionLine of(Kind kind, BigDecimal hours, Money base, BigDecimal rate) {
        return new ContributionLine(kind, hours, base, rate, base.times(rate));
    }
}
