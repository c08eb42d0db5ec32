/**
 * Bank statements as the banks deliver them: CODA 2.x ({@link be.coop.backoffice.payments.statement.CodaParser})
 * and ISO 20022 camt.053 ({@link be.coop.backoffice.payments.statement.Camt053Parser}) read into one
 * format-neutral model ({@link be.coop.backoffice.payments.statement.BankStatement}), and the checks
 * that decide whether a file may be imported ({@link be.coop.backoffice.payments.statement.StatementCheck}).
 *
 * <p>A file is imported whole or refused whole: {@link be.coop.backoffice.payments.statement.StatementReader}
 * parses and checks it and throws a {@link be.coop.backoffice.payments.statement.StatementRejectedException}
 * naming the file, the line and the reason of every problem. Plain Java, no Spring: the payments job
 * composes these classes. See {@code docs/bank-statements.md}.
 */
package be.coop.backoffice.payments.statement;
