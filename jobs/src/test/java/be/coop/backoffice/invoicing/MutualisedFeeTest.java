package be.coop.backoffice.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MutualisedFeeTest {

    private final MutualisedFee belgium = new MutualisedFee(new BigDecimal("0.065"));

    private String feeOn(String turnover) {
        return belgium.on(Money.parse(turnover), false).toString();
    }

    @Test
    void theFeeIsSixAndAHalfPercentOfTurnoverRoundedHalfUpPerInvoice() {
        assertThat(feeOn("1250.00")).isEqualTo("81.25");
        assertThat(feeOn("262.40")).isEqualTo("17.06");   // 17.056
        assertThat(feeOn("10.10")).isEqualTo("0.66");     // 0.6565
        assertThat(feeOn("0.07")).isEqualTo("0.00");      // 0.00455
        assertThat(feeOn("0.70")).isEqualTo("0.05");      // 0.0455
    }

    @Test
    void feeExemptTurnoverBearsNoFee() {
        assertThat(belgium.on(Money.parse("310.00"), true)).isEqualTo(Money.ZERO);
    }
}
