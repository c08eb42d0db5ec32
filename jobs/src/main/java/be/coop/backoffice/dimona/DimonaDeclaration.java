package be.coop.backoffice.dimona;

/**
 * One DIMONA declaration about one contract. Its fields are the contract's data as encoded and are
 * checked by {@link DimonaDeclarationWriter}, which names the contract in every refusal.
 */
public sealed interface DimonaDeclaration permits DimonaIn, DimonaUpdate, DimonaCancel {

    /** The platform's contract identifier, sent as the employer's reference of the declaration. */
    String contractId();
}
