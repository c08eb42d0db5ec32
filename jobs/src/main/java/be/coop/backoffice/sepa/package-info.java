/**
 * Salary transfer files: a batch of salary payments of one paying account written as an ISO 20022
 * customer credit transfer initiation ({@code pain.001.001.03}, SEPA credit transfers) by
 * {@link be.coop.backoffice.sepa.SalaryTransferFileWriter}, which validates before writing.
 */
package be.coop.backoffice.sepa;
