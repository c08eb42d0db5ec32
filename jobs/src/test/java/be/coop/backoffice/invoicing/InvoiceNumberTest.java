package be.coop.backoffice.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.StructuredCommunication;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvoiceNumberTest {

    @Test
    void aNumberIsThePrefixTheYearAndSixDigits() {
        assertThat(new InvoiceNumber("PA", 2017, 1).formatted()).isEqualTo("PA-2017-000001");
        assertThat(new InvoiceNumber("FA", 2018, 123456).formatted()).isEqualTo("FA-2018-123456");
        assertThat(new InvoiceNumber("PI", 2017, 999_999).toString()).isEqualTo("PI-2017-999999");
    }

    @Test
    void numbersStartAtOneAndStopAtTheSixDigits() {
        assertThatThrownBy(() -> new InvoiceNumber("PA", 2017, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceNumber("PA", 2017, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceNumber("pa", 2017, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommunicationIsStructureDigitYearAndNumberWithMod97CheckDigits() {
        // base 1 17 0000001 = 1170000001; 1170000001 mod 97 = 66
        assertThat(new InvoiceNumber("PA", 2017, 1).communication(1).formatted()).isEqualTo("+++117/0000/00166+++");
        // 2170000001 mod 97 = 3, written on two digits
        assertThat(new InvoiceNumber("PI", 2017, 1).communication(2).formatted()).isEqualTo("+++217/0000/00103+++");
        // 3170000001 mod 97 = 37
        assertThat(new InvoiceNumber("FA", 2017, 1).communication(3).formatted()).isEqualTo("+++317/0000/00137+++");
        // 1170123456 mod 97 = 40
        assertThat(new InvoiceNumber("PA", 2017, 123456).communication(1).formatted()).isEqualTo("+++117/0123/45640+++");
        // 1180000001 mod 97 = 45: the next year never repeats a communication
        assertThat(new InvoiceNumber("PA", 2018, 1).communication(1).formatted()).isEqualTo("+++118/0000/00145+++");
    }

    @Test
    void aRemainderOfZeroIsWrittenNinetySeven() {
        // 1170000032 = 97 × 12061856
        assertThat(1_170_000_032L % 97).isZero();
        StructuredCommunication c = new InvoiceNumber("PA", 2017, 32).communication(1);
        assertThat(c.formatted()).isEqualTo("+++117/0000/03297+++");
        assertThat(StructuredCommunication.parse(c.formatted())).isEqualTo(c);
    }

    @Test
    void theCommunicationLeadsBackToTheStructureYearAndNumber() {
        StructuredCommunication c = new InvoiceNumber("FA", 2017, 4321).communication(3);
        long base = StructuredCommunication.findIn("paid with " + c.formatted()).orElseThrow().base();
        assertThat(base / 1_000_000_000L).isEqualTo(3);
        assertThat(base / 10_000_000L % 100).isEqualTo(17);
        assertThat(base % 10_000_000L).isEqualTo(4321);
    }

    @Test
    void communicationsAreUniqueAcrossStructuresAndYears() {
        Set<String> seen = new HashSet<>();
        int[] numbers = {1, 2, 32, 97, 9_999, 123_456, 999_999};
        for (int digit = 1; digit <= 3; digit++) {
            for (int year = 2017; year <= 2030; year++) {
                for (int n : numbers) {
                    assertThat(seen.add(new InvoiceNumber("PA", year, n).communication(digit).digits())).isTrue();
                }
            }
        }
        assertThat(seen).hasSize(3 * 14 * numbers.length);
    }
}
