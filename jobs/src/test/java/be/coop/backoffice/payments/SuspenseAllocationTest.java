package be.coop.backoffice.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.payments.SuspenseAllocation.Allocated;
import be.coop.backoffice.payments.SuspenseAllocation.Outcome;
import be.coop.backoffice.payments.SuspenseAllocation.Part;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person's split of a suspense amount: exact to the cent, never more than an invoice has open. */
class SuspenseAllocationTest {

    private static final LocalDate VALUE_DATE = LocalDate.of(2017, 3, 14);

    private static InvoiceBalance invoice(String number, String total, String paid, InvoiceStatus status) {
        return new InvoiceBalance(Long.parseLong(number.substring(8)), number, null, null, false, Money.parse(total),
                Money.parse(paid), status, status == InvoiceStatus.PAID ? LocalDate.of(2017, 3, 1) : null);
    }

    private static final Map<String, InvoiceBalance> INVOICES = Map.of(
            "PA-2017-000001", invoice("PA-2017-000001", "200.00", "0.00", InvoiceStatus.OPEN),
            "PA-2017-000003", invoice("PA-2017-000003", "100.00", "40.00", InvoiceStatus.PARTIALLY_PAID),
            "PA-2017-000004", invoice("PA-2017-000004", "50.00", "50.00", InvoiceStatus.PAID),
            "PA-2017-000009", new InvoiceBalance(9, "PA-2017-000009", null, null, true, Money.parse("-50.00"),
                    Money.parse("-50.00"), InvoiceStatus.PAID, null));

    private static Part invoicePart(String number, String amount) {
        return new Part(Outcome.INVOICE, number, amount == null ? null : Money.parse(amount));
    }

    private static Part part(Outcome outcome, String amount) {
        return new Part(outcome, null, amount == null ? null : Money.parse(amount));
    }

    private static List<Allocated> allocate(String suspense, Part... parts) {
        return SuspenseAllocation.allocate(Money.parse(suspense), VALUE_DATE, List.of(parts), INVOICES);
    }

    @Test
    void theWholeAmountPaysAnInvoiceInFullOnTheLinesValueDate() {
        List<Allocated> parts = allocate("200.00", invoicePart("PA-2017-000001", null));

        assertThat(parts).hasSize(1);
        InvoiceBalance after = parts.get(0).invoice();
        assertThat(parts.get(0).amount()).isEqualTo(Money.parse("200.00"));
        assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(after.paidAmount()).isEqualTo(Money.parse("200.00"));
        assertThat(after.paidOn()).isEqualTo(VALUE_DATE);
    }

    @Test
    void lessThanTheOpenAmountLeavesTheRestOpen() {
        InvoiceBalance after = allocate("35.50", invoicePart("PA-2017-000003", null)).get(0).invoice();

        assertThat(after.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(after.paidAmount()).isEqualTo(Money.parse("75.50"));
        assertThat(after.open()).isEqualTo(Money.parse("24.50"));
        assertThat(after.paidOn()).isNull();
    }

    @Test
    void partsToTwoInvoicesAndTheRestRefundedAddUpToTheSuspenseAmount() {
        List<Allocated> parts = allocate("300.00", invoicePart("PA-2017-000001", "200.00"),
                invoicePart("PA-2017-000003", "60.00"), part(Outcome.REFUND, null));

        assertThat(parts).extracting(Allocated::partNo).containsExactly(1, 2, 3);
        assertThat(parts).extracting(Allocated::amount)
                .containsExactly(Money.parse("200.00"), Money.parse("60.00"), Money.parse("40.00"));
        assertThat(parts.get(1).invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(parts.get(2).invoice()).isNull();
    }

    @Test
    void moreThanTheOpenAmountIsRefused() {
        assertThatThrownBy(() -> allocate("250.00", invoicePart("PA-2017-000001", null)))
                .isInstanceOf(SuspenseRefusedException.class)
                .hasMessage("over-allocation: 250.00 for PA-2017-000001, which has 200.00 open of 200.00; put the"
                        + " excess elsewhere (another invoice, a refund)");
        assertThatThrownBy(() -> allocate("100.00", invoicePart("PA-2017-000003", "60.01"), part(Outcome.REFUND, null)))
                .hasMessageStartingWith("over-allocation: 60.01 for PA-2017-000003, which has 60.00 open");
    }

    @Test
    void partsThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> allocate("300.00", invoicePart("PA-2017-000001", "200.00"), part(Outcome.REFUND, "99.99")))
                .hasMessage("the parts add up to 299.99, the line has 300.00 in suspense: every cent must go somewhere, once");
        assertThatThrownBy(() -> allocate("100.00", invoicePart("PA-2017-000001", "100.00"), part(Outcome.REFUND, null)))
                .hasMessage("the other parts add up to 100.00, leaving 0.00 of the 100.00 in suspense for refund");
        assertThatThrownBy(() -> allocate("100.00", invoicePart("PA-2017-000001", null), part(Outcome.REFUND, null)))
                .hasMessage("only one part may take the rest; give the amount of the others");
    }

    @Test
    void aDebitIsOnlyResolvedAsNotAPayment() {
        List<Allocated> parts = allocate("-18.15", part(Outcome.NOT_A_PAYMENT, null));
        assertThat(parts.get(0).amount()).isEqualTo(Money.parse("-18.15"));

        assertThatThrownBy(() -> allocate("-18.15", part(Outcome.REFUND, null)))
                .hasMessage("a debit of -18.15 is no client's payment: only not-a-payment resolves it");
        assertThatThrownBy(() -> allocate("10.00", part(Outcome.REFUND, "-5.00"), part(Outcome.REFUND, null)))
                .hasMessage("the part for refund must be positive, not -5.00");
    }

    @Test
    void invoicesThatCannotBePaidAreRefusedByName() {
        assertThatThrownBy(() -> allocate("50.00", invoicePart("PA-2017-000004", null)))
                .hasMessage("PA-2017-000004 is PAID (paid on 2017-03-01): nothing open to pay");
        assertThatThrownBy(() -> allocate("50.00", invoicePart("PA-2017-000009", null)))
                .hasMessage("PA-2017-000009 is a credit note: nothing to pay");
        assertThatThrownBy(() -> allocate("50.00", invoicePart("PA-2017-000777", null)))
                .hasMessage("no invoice PA-2017-000777");
        assertThatThrownBy(() -> allocate("50.00", invoicePart("PA-2017-000001", "20.00"), invoicePart("PA-2017-000001", null)))
                .hasMessage("PA-2017-000001 named twice: give it one part");
    }
}
