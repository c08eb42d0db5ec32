package be.coop.backoffice.payments;

/** Which rule found the invoice of a payment, in the order they are tried. */
public enum MatchRule {
    /** The Belgian structured communication, delivered as such or written in the free text. */
    COMMUNICATION,
    /** An invoice number written in the free communication. */
    INVOICE_NUMBER,
    /** The only open invoice of the client paying from that account with exactly that amount open. */
    ACCOUNT_AMOUNT
}
