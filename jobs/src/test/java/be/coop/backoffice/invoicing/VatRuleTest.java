package be.coop.backoffice.invoicing;

import static be.coop.backoffice.invoicing.VatTreatment.BE_21;
import static be.coop.backoffice.invoicing.VatTreatment.BE_6;
import static be.coop.backoffice.invoicing.VatTreatment.EXEMPT_TRAINING;
import static be.coop.backoffice.invoicing.VatTreatment.EXPORT;
import static be.coop.backoffice.invoicing.VatTreatment.REVERSE_CHARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VatRuleTest {

    private static final LocalDate IN_2017 = LocalDate.of(2017, 3, 14);

    private record Client(ClientKind kind, String country, String vatNumber) {
    }

    private static Client business(String country, String vatNumber) {
        return new Client(ClientKind.BUSINESS, country, vatNumber);
    }

    private static Client person(String country) {
        return new Client(ClientKind.PERSON, country, null);
    }

    private static VatTreatment productionsAssociees(VatRegime regime, Client client) {
        return VatRule.treatment(regime, "PA", false, client.kind(), client.country(), client.vatNumber(), IN_2017);
    }

    private static VatTreatment formateursAssocies(VatRegime regime, Client client) {
        return VatRule.treatment(regime, "FA", true, client.kind(), client.country(), client.vatNumber(), IN_2017);
    }

    private static String vat(String amount, VatTreatment treatment) {
        return treatment.vatOn(Money.parse(amount)).toString();
    }

    @Nested
    class Treatment {

        @Test
        void aBelgianClientPaysBelgianVatAtTheRateOfTheSale() {
            assertThat(productionsAssociees(VatRegime.STANDARD, business("BE", null))).isEqualTo(BE_21);
            assertThat(productionsAssociees(VatRegime.REDUCED, business("BE", null))).isEqualTo(BE_6);
            assertThat(productionsAssociees(VatRegime.STANDARD, person("BE"))).isEqualTo(BE_21);
            assertThat(VatRule.treatment(VatRegime.REDUCED, "PI", false, ClientKind.PUBLIC, "BE", null, IN_2017))
                    .isEqualTo(BE_6);
        }

        @Test
        void aBusinessOfAnotherEuCountryWithAVatNumberSelfAccountsForVat() {
            assertThat(productionsAssociees(VatRegime.STANDARD, business("FR", "FR40303265045"))).isEqualTo(REVERSE_CHARGE);
            assertThat(productionsAssociees(VatRegime.REDUCED, business("DE", "DE123456789"))).isEqualTo(REVERSE_CHARGE);
        }

        @Test
        void aPersonOrABusinessWithoutVatNumberInAnotherEuCountryPaysBelgianVat() {
            assertThat(productionsAssociees(VatRegime.STANDARD, person("FR"))).isEqualTo(BE_21);
            assertThat(productionsAssociees(VatRegime.REDUCED, person("NL"))).isEqualTo(BE_6);
            assertThat(productionsAssociees(VatRegime.STANDARD, business("NL", " "))).isEqualTo(BE_21);
            assertThat(VatRule.treatment(VatRegime.STANDARD, "PA", false, ClientKind.PUBLIC, "FR", "FR40303265045",
                    IN_2017)).isEqualTo(BE_21);
        }

        @Test
        void anyClientOutsideTheEuIsAnExport() {
            assertThat(productionsAssociees(VatRegime.STANDARD, business("US", null))).isEqualTo(EXPORT);
            assertThat(productionsAssociees(VatRegime.REDUCED, person("CH"))).isEqualTo(EXPORT);
            assertThat(productionsAssociees(VatRegime.STANDARD, business("NO", "NO123456789MVA"))).isEqualTo(EXPORT);
        }

        @Test
        void theUnitedKingdomIsInTheEuUntilTheEndOf2020() {
            assertThat(VatRule.treatment(VatRegime.STANDARD, "PA", false, ClientKind.BUSINESS, "GB", "GB123456789",
                    LocalDate.of(2020, 12, 31))).isEqualTo(REVERSE_CHARGE);
            assertThat(VatRule.treatment(VatRegime.STANDARD, "PA", false, ClientKind.BUSINESS, "GB", "GB123456789",
                    LocalDate.of(2021, 1, 1))).isEqualTo(EXPORT);
            assertThat(VatRule.treatment(VatRegime.STANDARD, "PA", false, ClientKind.PERSON, "GB", null,
                    IN_2017)).isEqualTo(BE_21);
        }

        @Test
        void trainingByFormateursAssociesIsExemptWhereverTheClientIs() {
            assertThat(formateursAssocies(VatRegime.EXEMPT, business("BE", null))).isEqualTo(EXEMPT_TRAINING);
            assertThat(formateursAssocies(VatRegime.EXEMPT, business("FR", "FR40303265045"))).isEqualTo(EXEMPT_TRAINING);
            assertThat(formateursAssocies(VatRegime.EXEMPT, person("US"))).isEqualTo(EXEMPT_TRAINING);
        }

        @Test
        void formateursAssociesChargesVatOnWhatIsNotExemptTraining() {
            assertThat(formateursAssocies(VatRegime.STANDARD, business("BE", null))).isEqualTo(BE_21);
            assertThat(formateursAssocies(VatRegime.STANDARD, business("FR", "FR40303265045"))).isEqualTo(REVERSE_CHARGE);
        }

        @Test
        void anExemptSaleOutsideFormateursAssociesIsRefusedNotInvoicedAtZero() {
            assertThatThrownBy(() -> productionsAssociees(VatRegime.EXEMPT, business("BE", null)))
                    .isInstanceOf(NotInvoiceableException.class)
                    .hasMessage("vat_regime EXEMPT is for training invoiced by Formateurs Associés, not by structure PA");
        }
    }

    @Nested
    class Amounts {

        @Test
        void vatIsTheAmountTimesTheRateRoundedHalfUpToTheCent() {
            assertThat(vat("0.50", BE_21)).isEqualTo("0.11");       // 0.105
            assertThat(vat("0.02", BE_21)).isEqualTo("0.00");       // 0.0042
            assertThat(vat("0.03", BE_21)).isEqualTo("0.01");       // 0.0063
            assertThat(vat("1250.00", BE_21)).isEqualTo("262.50");
            assertThat(vat("262.40", BE_21)).isEqualTo("55.10");    // 55.104
            assertThat(vat("33.33", BE_6)).isEqualTo("2.00");       // 1.9998
            assertThat(vat("0.25", BE_6)).isEqualTo("0.02");        // 0.015
            assertThat(vat("0.24", BE_6)).isEqualTo("0.01");        // 0.0144
            assertThat(vat("999999999999.99", BE_21)).isEqualTo("210000000000.00"); // 209999999999.9979
        }

        @Test
        void noVatIsChargedUnderExemptionReverseChargeOrExport() {
            assertThat(vat("600.00", EXEMPT_TRAINING)).isEqualTo("0.00");
            assertThat(vat("800.00", REVERSE_CHARGE)).isEqualTo("0.00");
            assertThat(vat("123.45", EXPORT)).isEqualTo("0.00");
        }

        @Test
        void aCreditNoteLineRoundsLikeTheInvoiceLineItCancels() {
            assertThat(BE_21.vatOn(Money.parse("-0.50")).toString()).isEqualTo("-0.11");
        }

        @Test
        void ratesAndMentionsAreThoseStoredOnTheLine() {
            assertThat(BE_21.rate()).isEqualByComparingTo("0.21");
            assertThat(BE_6.rate()).isEqualByComparingTo("0.06");
            assertThat(REVERSE_CHARGE.rate()).isZero();
            assertThat(BE_21.mention()).isNull();
            assertThat(REVERSE_CHARGE.mention()).contains("Reverse charge");
            assertThat(EXPORT.mention()).contains("outside the scope");
            assertThat(EXEMPT_TRAINING.mention()).contains("art. 44");
        }
    }
}
