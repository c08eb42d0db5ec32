package be.coop.backoffice.invoicing;

/** {@code client.kind}. */
public enum ClientKind {
    BUSINESS, PERSON, PUBLIC
}
