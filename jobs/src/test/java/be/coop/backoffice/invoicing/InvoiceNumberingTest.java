package be.coop.backoffice.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoiceNumberingTest {

    private static final LocalDate MARCH_14 = LocalDate.of(2017, 3, 14);

    /** Counters as a run finds them: PA has issued 41 documents in 2017, PI none yet. */
    private final List<String> countersRead = new ArrayList<>();
    private final InvoiceNumbering numbering = new InvoiceNumbering(2017, structure -> {
        countersRead.add(structure);
        return Map.of("PA", 41).getOrDefault(structure, 0);
    });

    private static InvoiceDraft draft(String saleId, String structure, LocalDate issueDate) {
        return new InvoiceDraft(DocumentKind.INVOICE, saleId, "ACTIVITY", "A1", "A1", structure, structure,
                structure.equals("PA") ? 1 : 2, "C1", issueDate, issueDate.plusDays(30), Money.parse("100.00"),
                VatTreatment.BE_21, Money.parse("21.00"), null, null, null, false, new BigDecimal("0.065"),
                Money.parse("6.50"));
    }

    private static List<String> numbers(InvoiceNumbering.Batch batch) {
        return batch.documents().stream().map(n -> n.draft().saleId() + " " + n.number()).toList();
    }

    @Test
    void eachStructureContinuesFromItsCounterInTheOrderGivenStructuresInCodeOrder() {
        InvoiceNumbering.Batch batch = numbering.number(List.of(
                draft("S1", "PI", MARCH_14), draft("S2", "PA", MARCH_14), draft("S3", "PI", MARCH_14),
                draft("S4", "PA", MARCH_14)));

        assertThat(numbers(batch)).containsExactly(
                "S2 PA-2017-000042", "S4 PA-2017-000043", "S1 PI-2017-000001", "S3 PI-2017-000002");
        assertThat(batch.moves()).containsExactly(
                new InvoiceNumbering.Move("PA", 2017, 41, 43), new InvoiceNumbering.Move("PI", 2017, 0, 2));
    }

    @Test
    void theNextChunkFollowsTheNumbersGivenBeforeWithoutReadingTheCounterAgain() {
        numbering.number(List.of(draft("S1", "PA", MARCH_14), draft("S2", "PA", MARCH_14)));
        InvoiceNumbering.Batch next = numbering.number(List.of(draft("S3", "PA", MARCH_14)));

        assertThat(numbers(next)).containsExactly("S3 PA-2017-000044");
        assertThat(next.moves()).containsExactly(new InvoiceNumbering.Move("PA", 2017, 43, 44));
        assertThat(countersRead).containsExactly("PA");
    }

    @Test
    void aChunkOfRefusalsOnlyMovesNoCounter() {
        InvoiceNumbering.Batch batch = numbering.number(List.of());

        assertThat(batch.documents()).isEmpty();
        assertThat(batch.moves()).isEmpty();
    }

    @Test
    void aDraftIssuedInAnotherYearIsNotNumberedInThisOne() {
        assertThatThrownBy(() -> numbering.number(List.of(draft("S1", "PA", LocalDate.of(2018, 1, 2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("draft of sale S1 is issued in 2018, not in 2017");
    }
}
