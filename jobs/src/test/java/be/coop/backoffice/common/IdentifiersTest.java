package be.coop.backoffice.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void nationalNumberOfSomeoneBornBefore2000ChecksTheNineDigits() {
        // 850730 033 : 850730033 mod 97 = 69, 97 - 69 = 28
        assertThat(Niss.of("85.07.30-033.28").value()).isEqualTo("85073003328");
        assertThatThrownBy(() -> Niss.of("85073003329"))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageContaining("mod 97");
    }

    @Test
    void nationalNumberOfSomeoneBornFrom2000PrefixesA2() {
        Niss niss = Niss.forBirthDate(LocalDate.of(2001, 2, 3), 123);
        assertThat(niss.value()).startsWith("010203123");
        // 2010203123 mod 97 = 52 → check 97 - 52 = 45
        assertThat(niss.value()).isEqualTo("01020312345");
        assertThat(Niss.of("01.02.03-123.45")).isEqualTo(niss);
    }

    @Test
    void nationalNumberMustHaveElevenDigits() {
        assertThatThrownBy(() -> Niss.of("8507300332")).hasMessageContaining("11 digits");
        assertThatThrownBy(() -> Niss.of("8507300332A")).hasMessageContaining("11 digits");
    }

    @Test
    void enterpriseNumberChecksTheLastTwoDigits() {
        // 04037035 mod 97 = 89 → 97 - 89 = 08
        assertThat(EnterpriseNumber.fromBase(4_037_035).value()).isEqualTo("0403703508");
        assertThat(EnterpriseNumber.of("BE 0403.703.508").vatNumber()).isEqualTo("BE0403703508");
        assertThat(EnterpriseNumber.of("403703508").value()).isEqualTo("0403703508");
        assertThatThrownBy(() -> EnterpriseNumber.of("0403703509")).hasMessageContaining("mod 97");
        assertThatThrownBy(() -> EnterpriseNumber.of("2403703508")).hasMessageContaining("start with 0 or 1");
    }

    @Test
    void ibanIsOneModulo97() {
        assertThat(Iban.of("BE68 5390 0754 7034").value()).isEqualTo("BE68539007547034");
        assertThat(Iban.of("FR1420041010050500013M02606").countryCode()).isEqualTo("FR");
        assertThatThrownBy(() -> Iban.of("BE68539007547035")).hasMessageContaining("mod 97");
        assertThatThrownBy(() -> Iban.of("BE6853900754703")).hasMessageContaining("16 characters");
        assertThat(Iban.belgian(5_390_075_470L)).isEqualTo(Iban.of("BE68539007547034"));
        assertThat(Iban.of("BE68539007547034").formatted()).isEqualTo("BE68 5390 0754 7034");
    }

    @Test
    void structuredCommunicationCheckDigitsAreTheBaseModulo97With97ForZero() {
        // 1234567890 mod 97 = 2
        assertThat(StructuredCommunication.fromBase(1_234_567_890L).formatted()).isEqualTo("+++123/4567/89002+++");
        // 97 mod 97 = 0 → written 97
        assertThat(StructuredCommunication.fromBase(97L).formatted()).isEqualTo("+++000/0000/09797+++");
        assertThatThrownBy(() -> StructuredCommunication.parse("+++000/0000/09700+++")).hasMessageContaining("mod 97");
    }

    @Test
    void structuredCommunicationIsFoundInFreeText() {
        assertThat(StructuredCommunication.findIn("facture 2017 ref 123/4567/89002 merci"))
                .contains(StructuredCommunication.fromBase(1_234_567_890L));
        assertThat(StructuredCommunication.findIn("***123 4567 89002***")).isPresent();
        assertThat(StructuredCommunication.findIn("123456789002")).isPresent();
        assertThat(StructuredCommunication.findIn("123456789003")).isEmpty();
        assertThat(StructuredCommunication.findIn("BE68539007547034")).isEmpty();
    }

    @Test
    void moneyRoundsHalfUpPerLine() {
        assertThat(Money.parse("10.00").times(new java.math.BigDecimal("0.065"))).isEqualTo(Money.parse("0.65"));
        assertThat(Money.parse("0.10").times(new java.math.BigDecimal("0.21"))).isEqualTo(Money.parse("0.02"));
        assertThat(Money.parse("0.50").times(new java.math.BigDecimal("0.21"))).isEqualTo(Money.parse("0.11"));
        assertThat(Money.parse("12.5").cents()).isEqualTo(1250);
        assertThatThrownBy(() -> Money.parse("1.005")).hasMessageContaining("two decimals");
    }
}
