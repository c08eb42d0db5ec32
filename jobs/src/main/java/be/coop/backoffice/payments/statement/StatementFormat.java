package be.coop.backoffice.payments.statement;

/** The file formats a bank statement is read from. */
public enum StatementFormat {
    /** Febelfin CODA 2.x, 128-character records. */
    CODA,
    /** ISO 20022 BankToCustomerStatement, camt.053.001.02 (also .04 and .08). */
    CAMT053
}
