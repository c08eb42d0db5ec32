/**
 * The payments job: bank statements of the day imported and checked (the formats live in
 * {@code statement}), each line matched to the invoice it pays ({@link be.coop.backoffice.payments.PaymentMatcher},
 * plain Java) or left in suspense for a person, invoices marked paid, and the day's payments report.
 * See {@code docs/payments.md}.
 */
package be.coop.backoffice.payments;
