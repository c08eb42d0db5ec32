/**
 * What the clients owe: {@code receivablesJob} writes each night's aged balance of the open
 * invoices ({@link be.coop.backoffice.receivables.AgeBucket}, {@link be.coop.backoffice.receivables.AgedBalance})
 * as the books stood on the business date, for finance and for the reminders that will follow.
 */
package be.coop.backoffice.receivables;
