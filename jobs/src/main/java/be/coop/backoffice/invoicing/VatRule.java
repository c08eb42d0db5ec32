package be.coop.backoffice.invoicing;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which VAT treatment a sale gets, from its regime, its employing structure and its client, in
 * this order:
 * <ol>
 * <li>regime {@code EXEMPT}: training invoiced by a VAT-exempt structure (Formateurs Associés) is
 *     exempt, wherever the client is; {@code EXEMPT} under any other structure is refused
 *     ({@link NotInvoiceableException}), never quietly invoiced at 0%;</li>
 * <li>a client outside the European Union: export, 0%;</li>
 * <li>a business of another EU country with a VAT number: reverse charge, 0%;</li>
 * <li>everyone else (Belgian clients, persons and public bodies of other EU countries, businesses
 *     there without a VAT number): Belgian VAT, 21% ({@code STANDARD}) or 6% ({@code REDUCED}).</li>
 * </ol>
 * EU membership is taken on the issue date: the United Kingdom counts as a member state up to the
 * end of the Brexit transition, 31 December 2020.
 */
public final class VatRule {

    private static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
            "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
    private static final LocalDate UK_LAST_DAY_IN_EU = LocalDate.of(2020, 12, 31);

    private VatRule() {
    }

    /**
     * @param structureCode       the employing structure ({@code PA}, {@code PI}, {@code FA})
     * @param structureVatExempt  {@code structure.vat_exempt}
     * @param clientVatNumber     {@code null} or blank when the client has none
     * @throws NotInvoiceableException for an exempt regime outside a VAT-exempt structure
     */
    public static VatTreatment treatment(VatRegime regime, String structureCode, boolean structureVatExempt,
                                         ClientKind clientKind, String clientCountry, String clientVatNumber,
                                         LocalDate issueDate) {
        if (regime == VatRegime.EXEMPT) {
            if (!structureVatExempt) {
                throw new NotInvoiceableException("vat_regime EXEMPT is for training invoiced by Formateurs Associés,"
                        + " not by structure " + structureCode);
            }
            return VatTreatment.EXEMPT_TRAINING;
        }
        if (!isEuMember(clientCountry, issueDate)) {
            return VatTreatment.EXPORT;
        }
        if (!"BE".equals(clientCountry) && clientKind == ClientKind.BUSINESS
                && clientVatNumber != null && !clientVatNumber.isBlank()) {
            return VatTreatment.REVERSE_CHARGE;
        }
        return regime == VatRegime.REDUCED ? VatTreatment.BE_6 : VatTreatment.BE_21;
    }

    /** Whether {@code country} (ISO 3166 alpha-2) is a member state of the European Union on {@code date}. */
    public static boolean isEuMember(String country, LocalDate date) {
        return EU_MEMBERS.contains(country) || ("GB".equals(country) && !date.isAfter(UK_LAST_DAY_IN_EU));
    }
}
