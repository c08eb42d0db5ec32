package be.coop.backoffice.dimona;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DimonaAcksTest {

    @Test
    void aReferenceCarriesItsDeclarationsIdOnTwelveDigits() {
        assertThat(DimonaAcks.declarationId("DIM000000000042")).isEqualTo(42L);
        assertThat(DimonaAcks.declarationId("DIM999999999999")).isEqualTo(999_999_999_999L);
    }

    @Test
    void anyOtherShapeIsNoneOfOurs() {
        assertThat(DimonaAcks.declarationId(null)).isNull();
        assertThat(DimonaAcks.declarationId("DIM42")).isNull();
        assertThat(DimonaAcks.declarationId("DIM0000000000042")).isNull();
        assertThat(DimonaAcks.declarationId("dim000000000042")).isNull();
        assertThat(DimonaAcks.declarationId("DIM00000000004X")).isNull();
    }
}
