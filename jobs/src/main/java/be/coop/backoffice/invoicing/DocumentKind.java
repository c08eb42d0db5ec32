package be.coop.backoffice.invoicing;

/** {@code invoice.kind}. */
public enum DocumentKind {
    INVOICE, CREDIT_NOTE
}
