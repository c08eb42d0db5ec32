/**
 * Payroll rules, free of Spring Batch: the yearly rates read from {@code config/payroll-rates.csv}
 * ({@link be.coop.backoffice.payroll.PayrollRates}), the gross-to-net computation of one contract
 * ({@link be.coop.backoffice.payroll.PayslipCalculator}), and the salary payment date per entity
 * ({@link be.coop.backoffice.payroll.SalaryPaymentDate}, {@link be.coop.backoffice.payroll.BelgianBankHolidays}).
 * The formulas and the rates are explained in {@code docs/payroll.md}.
 */
package be.coop.backoffice.payroll;
