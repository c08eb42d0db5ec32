package be.coop.backoffice.invoicing;

/** The VAT regime a sale is encoded with ({@code sale.vat_regime}), before the client is taken into account. */
public enum VatRegime {
    /** Belgian standard rate, 21%. */
    STANDARD,
    /** Belgian reduced rate, 6%. */
    REDUCED,
    /** Training invoiced by Formateurs Associés, exempt from VAT. */
    EXEMPT
}
