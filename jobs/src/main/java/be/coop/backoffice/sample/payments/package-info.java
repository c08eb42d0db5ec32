/**
 * Sample tooling, not production jobs: the clients' payment simulator that writes, for a simulated
 * day, the CODA 2.x and camt.053 statements the banks would deliver for the issued invoices
 * ({@link be.coop.backoffice.sample.payments.ClientPaymentSimulator}, with its writers
 * {@link be.coop.backoffice.sample.payments.CodaWriter} and {@link be.coop.backoffice.sample.payments.Camt053Writer}),
 * the payment mix ({@link be.coop.backoffice.sample.payments.PaymentPlanner}) and the payments benchmark.
 */
package be.coop.backoffice.sample.payments;
