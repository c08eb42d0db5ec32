package be.coop.backoffice.dimona;

/** The kinds of declaration stored in {@code dimona_declaration.kind}. */
public enum DeclarationKind {
    IN,
    UPDATE,
    CANCEL
}
