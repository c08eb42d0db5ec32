package be.coop.backoffice.sepa;

import be.coop.backoffice.common.Money;

/**
 * One salary to pay: the amount paid of a payslip to the member's account.
 *
 * @param payslipId identifies the payslip; sent as the end-to-end id (at most 35 characters), so
 *        the bank statement line can be matched back to it
 * @param creditorIban the member's IBAN as encoded (checked by the writer)
 * @param remittance the text the member reads on the statement, e.g. "Salary contract C-1 6-10/03/2017"
 */
public record SalaryTransfer(String payslipId, String memberName, String creditorIban, Money amount, String remittance) {
}
