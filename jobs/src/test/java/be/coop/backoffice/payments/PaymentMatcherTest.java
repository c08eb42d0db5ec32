package be.coop.backoffice.payments;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import be.coop.backoffice.payments.statement.StatementLine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules, one by one, with exact amounts. */
class PaymentMatcherTest {

    private static final LocalDate VALUE_DATE = LocalDate.of(2017, 3, 14);
    private static final String CLIENT_IBAN = Iban.belgian(3_101_234_567L).value();
    private static final String OTHER_IBAN = Iban.belgian(7_350_012_345L).value();
    private static final StructuredCommunication REF_1 = StructuredCommunication.fromBase(1_700_000_123L);
    private static final StructuredCommunication REF_2 = StructuredCommunication.fromBase(1_700_000_124L);
    private static final StructuredCommunication REF_3 = StructuredCommunication.fromBase(1_700_000_125L);

    private final PaymentMatcher matcher = new PaymentMatcher();

    private static InvoiceBalance invoice(long id, String number, StructuredCommunication ref, String amount,
            String paid, InvoiceStatus status) {
        return new InvoiceBalance(id, number, ref.digits(), CLIENT_IBAN, false, Money.parse(amount), Money.parse(paid),
                status, status == InvoiceStatus.PAID ? LocalDate.of(2017, 3, 1) : null);
    }

    private static InvoiceBalance open(long id, String number, StructuredCommunication ref, String amount) {
        return invoice(id, number, ref, amount, "0", InvoiceStatus.OPEN);
    }

    private static StatementLine line(String amount, StructuredCommunication structured, String communication,
            String counterparty) {
        return new StatementLine(1, VALUE_DATE, VALUE_DATE.plusDays(1), Money.parse(amount), structured, communication,
                counterparty, "Client", "", "REF", "00150000", "");
    }

    private InvoiceBook book(InvoiceBalance... invoices) {
        return new InvoiceBook(List.of(invoices));
    }

    @Test
    void structuredCommunicationPaysTheInvoiceInFull() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "121.00"), open(2, "PA-2017-000002", REF_2, "121.00"));

        PaymentDecision d = matcher.match(line("121.00", REF_2, "", OTHER_IBAN), book);

        assertThat(d.status()).isEqualTo(PaymentStatus.MATCHED);
        assertThat(d.rule()).isEqualTo(MatchRule.COMMUNICATION);
        assertThat(d.invoiceNumber()).isEqualTo("PA-2017-000002");
        assertThat(d.applied()).isEqualTo(Money.parse("121.00"));
        assertThat(d.suspense()).isEqualTo(Money.ZERO);
        assertThat(d.reason()).isNull();
        assertThat(book.changed()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(i.paidAmount()).isEqualTo(Money.parse("121.00"));
            assertThat(i.paidOn()).isEqualTo(VALUE_DATE);
        });
    }

    @Test
    void communicationWrittenWithoutPlusSignsWithSpacesOrInsideFreeTextIsFound() {
        String d = REF_1.digits();
        for (String text : List.of(d, d.substring(0, 3) + " " + d.substring(3, 7) + " " + d.substring(7),
                "Facture " + REF_1.formatted() + " merci", "paiement " + d.substring(0, 3) + "/" + d.substring(3, 7)
                        + "/" + d.substring(7) + " janvier")) {
            InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "50.00"));

            PaymentDecision decision = matcher.match(line("50.00", null, text, ""), book);

            assertThat(decision.status()).as(text).isEqualTo(PaymentStatus.MATCHED);
            assertThat(decision.rule()).as(text).isEqualTo(MatchRule.COMMUNICATION);
            assertThat(decision.invoiceNumber()).as(text).isEqualTo("PA-2017-000001");
        }
    }

    @Test
    void invoiceNumberInFreeTextIsTheSecondRule() {
        for (String text : List.of("PA-2017-000123", "Facture PA 2017 123", "pa2017000123", "PA/2017/00123 merci")) {
            InvoiceBook book = book(open(7, "PA-2017-000123", REF_1, "80.00"));

            PaymentDecision decision = matcher.match(line("80.00", null, text, ""), book);

            assertThat(decision.status()).as(text).isEqualTo(PaymentStatus.MATCHED);
            assertThat(decision.rule()).as(text).isEqualTo(MatchRule.INVOICE_NUMBER);
            assertThat(decision.invoiceId()).as(text).isEqualTo(7L);
        }
    }

    @Test
    void invoiceNumberFormsNotAccepted() {
        assertThat(InvoiceNumbers.findIn("PA-17-123")).isEmpty();
        assertThat(InvoiceNumbers.findIn("XPA-2017-123")).isEmpty();
        assertThat(InvoiceNumbers.findIn("PA-2017-1234567")).isEmpty();
        assertThat(InvoiceNumbers.findIn("PA-2017-000123 and FA 2017 45"))
                .containsExactly("PA-2017-000123", "FA-2017-000045");
    }

    @Test
    void severalInvoiceNumbersGoToSuspense() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "10.00"), open(2, "PA-2017-000002", REF_2, "20.00"));

        PaymentDecision d = matcher.match(line("30.00", null, "PA-2017-1 PA-2017-2", ""), book);

        assertThat(d.status()).isEqualTo(PaymentStatus.SUSPENSE);
        assertThat(d.reason()).isEqualTo("several invoices named: PA-2017-000001, PA-2017-000002");
        assertThat(d.suspense()).isEqualTo(Money.parse("30.00"));
        assertThat(book.changed()).isEmpty();
    }

    @Test
    void clientAccountAndExactOpenAmountWhenTheCandidateIsUnique() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "100.00"), open(2, "PA-2017-000002", REF_2, "250.00"),
                invoice(3, "PA-2017-000003", REF_3, "400.00", "100.00", InvoiceStatus.PARTIALLY_PAID));

        PaymentDecision d = matcher.match(line("250.00", null, "thanks", CLIENT_IBAN), book);
        PaymentDecision rest = matcher.match(line("300.00", null, "", CLIENT_IBAN), book);
        PaymentDecision total = matcher.match(line("100.00", null, "", OTHER_IBAN), book);

        assertThat(d.status()).isEqualTo(PaymentStatus.MATCHED);
        assertThat(d.rule()).isEqualTo(MatchRule.ACCOUNT_AMOUNT);
        assertThat(d.invoiceNumber()).isEqualTo("PA-2017-000002");
        // the open amount counts, not the invoice total
        assertThat(rest.status()).isEqualTo(PaymentStatus.MATCHED);
        assertThat(rest.invoiceNumber()).isEqualTo("PA-2017-000003");
        assertThat(book.byNumber("PA-2017-000003").paidAmount()).isEqualTo(Money.parse("400.00"));
        // another account: no candidate
        assertThat(total.status()).isEqualTo(PaymentStatus.SUSPENSE);
    }

    @Test
    void ambiguousAmountForTheAccountGoesToSuspense() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "100.00"), open(2, "PA-2017-000002", REF_2, "100.00"));

        PaymentDecision d = matcher.match(line("100.00", null, "", CLIENT_IBAN), book);

        assertThat(d.status()).isEqualTo(PaymentStatus.SUSPENSE);
        assertThat(d.invoice()).isNull();
        assertThat(d.reason()).isEqualTo("ambiguous: 2 open invoices of 100.00 for account " + CLIENT_IBAN
                + ": PA-2017-000001, PA-2017-000002");
        assertThat(book.changed()).isEmpty();
    }

    @Test
    void partialPaymentLeavesTheRestOpenAndTheNextOneCompletesIt() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "605.00"));

        PaymentDecision first = matcher.match(line("200.00", REF_1, "", ""), book);
        PaymentDecision second = matcher.match(line("405.00", REF_1, "", ""), book);

        assertThat(first.status()).isEqualTo(PaymentStatus.PARTIAL);
        assertThat(first.applied()).isEqualTo(Money.parse("200.00"));
        assertThat(first.reason()).isEqualTo("405.00 of 605.00 still open");
        assertThat(second.status()).isEqualTo(PaymentStatus.MATCHED);
        InvoiceBalance after = book.byNumber("PA-2017-000001");
        assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(after.paidAmount()).isEqualTo(Money.parse("605.00"));
        assertThat(after.open()).isEqualTo(Money.ZERO);
    }

    @Test
    void partialStatusWhileAnAmountIsOpen() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "605.00"));

        matcher.match(line("200.00", REF_1, "", ""), book);

        assertThat(book.changed()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(i.paidAmount()).isEqualTo(Money.parse("200.00"));
            assertThat(i.paidOn()).isNull();
        });
    }

    @Test
    void overPaymentPaysTheInvoiceAndLeavesTheExcessInSuspense() {
        InvoiceBook book = book(invoice(1, "PA-2017-000001", REF_1, "605.00", "5.00", InvoiceStatus.PARTIALLY_PAID));

        PaymentDecision d = matcher.match(line("610.00", REF_1, "", ""), book);

        assertThat(d.status()).isEqualTo(PaymentStatus.SUSPENSE);
        assertThat(d.invoiceNumber()).isEqualTo("PA-2017-000001");
        assertThat(d.amount()).isEqualTo(Money.parse("610.00"));
        assertThat(d.applied()).isEqualTo(Money.parse("600.00"));
        assertThat(d.suspense()).isEqualTo(Money.parse("10.00"));
        assertThat(d.reason()).isEqualTo("over-payment: 600.00 paid invoice PA-2017-000001, 10.00 in excess");
        assertThat(book.byNumber("PA-2017-000001").status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(book.byNumber("PA-2017-000001").paidAmount()).isEqualTo(Money.parse("605.00"));
    }

    @Test
    void paymentToAnInvoiceAlreadyPaidOrCreditedGoesToSuspense() {
        InvoiceBook book = book(invoice(1, "PA-2017-000001", REF_1, "100.00", "100.00", InvoiceStatus.PAID),
                invoice(2, "PA-2017-000002", REF_2, "100.00", "0", InvoiceStatus.CREDITED));

        PaymentDecision paid = matcher.match(line("100.00", REF_1, "", ""), book);
        PaymentDecision credited = matcher.match(line("100.00", null, "PA-2017-000002", ""), book);

        assertThat(paid.status()).isEqualTo(PaymentStatus.SUSPENSE);
        assertThat(paid.reason()).isEqualTo("invoice PA-2017-000001 already paid on 2017-03-01");
        assertThat(paid.invoiceId()).isEqualTo(1L);
        assertThat(paid.applied()).isEqualTo(Money.ZERO);
        assertThat(credited.reason()).isEqualTo("invoice PA-2017-000002 credited");
        assertThat(book.changed()).isEmpty();
    }

    @Test
    void aSecondPaymentOfTheSameInvoiceInOneFileSeesTheFirst() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "100.00"));

        matcher.match(line("100.00", REF_1, "", ""), book);
        PaymentDecision twice = matcher.match(line("100.00", REF_1, "", ""), book);

        assertThat(twice.status()).isEqualTo(PaymentStatus.SUSPENSE);
        assertThat(twice.reason()).isEqualTo("invoice PA-2017-000001 already paid on 2017-03-14");
    }

    @Test
    void debitLinesGoToSuspense() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "100.00"));

        PaymentDecision d = matcher.match(line("-100.00", REF_1, "", CLIENT_IBAN), book);

        assertThat(d.status()).isEqualTo(PaymentStatus.SUSPENSE);
        assertThat(d.reason()).isEqualTo("debit");
        assertThat(d.suspense()).isEqualTo(Money.parse("-100.00"));
        assertThat(book.changed()).isEmpty();
    }

    @Test
    void unknownReferenceAndNoCandidateGoToSuspenseWithTheReason() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "100.00"));

        PaymentDecision unknown = matcher.match(line("100.00", REF_3, "", OTHER_IBAN), book);
        PaymentDecision nothing = matcher.match(line("99.00", null, "merci", ""), book);
        PaymentDecision typo = matcher.match(line("100.00", null, "+++170/0000/12399+++", ""), book);

        assertThat(unknown.reason()).isEqualTo("no invoice found: structured communication " + REF_3.formatted()
                + " is no invoice's, no open invoice of 100.00 for account " + OTHER_IBAN);
        assertThat(nothing.reason()).isEqualTo("no invoice found: no structured communication or invoice number,"
                + " no counterparty account");
        assertThat(typo.status()).isEqualTo(PaymentStatus.SUSPENSE);
        assertThat(book.changed()).isEmpty();
    }

    @Test
    void aTypoInTheCommunicationIsRescuedByTheAccountAndAmount() {
        InvoiceBook book = book(open(1, "PA-2017-000001", REF_1, "100.00"));

        PaymentDecision d = matcher.match(line("100.00", null, "+++170/0000/12399+++", CLIENT_IBAN), book);

        assertThat(d.status()).isEqualTo(PaymentStatus.MATCHED);
        assertThat(d.rule()).isEqualTo(MatchRule.ACCOUNT_AMOUNT);
    }

    @Test
    void aCreditNoteIsNeverPaid() {
        InvoiceBook book = book(new InvoiceBalance(9, "PA-2017-000009", REF_1.digits(), CLIENT_IBAN, true,
                Money.parse("-50.00"), Money.ZERO, InvoiceStatus.OPEN, null));

        PaymentDecision d = matcher.match(line("50.00", REF_1, "", CLIENT_IBAN), book);

        assertThat(d.status()).isEqualTo(PaymentStatus.SUSPENSE);
        assertThat(d.reason()).isEqualTo("PA-2017-000009 is a credit note");
    }
}
