package be.coop.backoffice.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The COPY text format: what a bank's free text may hold must reach the column unchanged. */
class CopyRowsTest {

    @Test
    void nullsTabsLineBreaksAndBackslashesAreEscaped() {
        CopyRows rows = new CopyRows()
                .add(7L).add(1).add(LocalDate.of(2017, 3, 14)).add(new BigDecimal("121.00")).add(null).endRow()
                .add("a\tb").add("line 1\nline 2\r").add("C:\\path").add("\\N").endRow();

        assertThat(rows.rows()).isEqualTo(2);
        assertThat(rows.text()).isEqualTo("7\t1\t2017-03-14\t121.00\t\\N\n"
                + "a\\tb\tline 1\\nline 2\\r\tC:\\\\path\t\\\\N\n");
    }
}
