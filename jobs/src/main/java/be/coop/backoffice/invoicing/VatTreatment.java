package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;

/**
 * How VAT is charged on one invoice line ({@code invoice_line.vat_treatment}): the rate, and the
 * legal mention printed on the invoice when no Belgian VAT is charged.
 */
public enum VatTreatment {
    BE_21("0.21", null),
    BE_6("0.06", null),
    EXEMPT_TRAINING("0", "Exempt from VAT: professional training (art. 44 §2 4° of the Belgian VAT Code)"),
    REVERSE_CHARGE("0", "Reverse charge: VAT to be paid by the customer (art. 196 of Directive 2006/112/EC)"),
    EXPORT("0", "Service outside the scope of Belgian VAT (art. 21 §2 of the Belgian VAT Code)");

    private final BigDecimal rate;
    private final String mention;

    VatTreatment(String rate, String mention) {
        this.rate = new BigDecimal(rate).setScale(4);
        this.mention = mention;
    }

    /** The rate as a fraction, four decimals ({@code 0.2100}), as stored in {@code invoice_line.vat_rate}. */
    public BigDecimal rate() {
        return rate;
    }

    /** The mention the invoice must carry, or {@code null} when Belgian VAT is charged. */
    public String mention() {
        return mention;
    }

    /** The VAT of one line: the amount excluding VAT times the rate, rounded half-up to the cent. */
    public Money vatOn(Money amountExclVat) {
        return amountExclVat.times(rate);
    }
}
