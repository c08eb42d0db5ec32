package be.coop.backoffice.imports;

import be.coop.backoffice.common.EnterpriseNumber;
import be.coop.backoffice.common.Iban;
import java.util.regex.Pattern;

/** A client company or person, from {@code clients.csv}. */
public record ClientRow(String clientId, String name, String kind, String country, EnterpriseNumber enterpriseNumber,
                        String vatNumber, Iban iban, int paymentTermsDays) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern VAT_NUMBER = Pattern.compile("[A-Z]{2}[0-9A-Z]{2,13}");

    public static ClientRow parse(CsvRow row) {
        Fields f = new Fields(row);
        String id = f.id("client_id", true);
        String name = f.text("name", true);
        String kind = f.code("kind", true, Codes.CLIENT_KINDS);
        String country = f.parse("country", true, v -> {
            if (!COUNTRY.matcher(v).matches()) {
                throw new IllegalArgumentException("ISO 3166 two-letter country code");
            }
            return v;
        });
        EnterpriseNumber enterprise = f.parse("enterprise_number", false, EnterpriseNumber::new);
        String vat = f.parse("vat_number", false, v -> {
            String compact = v.replace(" ", "").replace(".", "").toUpperCase();
            if (!VAT_NUMBER.matcher(compact).matches()) {
                throw new IllegalArgumentException("VAT number as country prefix and 2 to 13 characters");
            }
            return compact;
        });
        Iban iban = f.iban("iban", false);
        Integer terms = f.integer("payment_terms_days", false, 0, 120);
        if ("BE".equals(country) && !"PERSON".equals(kind) && kind != null && enterprise == null
                && row.get("enterprise_number") == null) {
            f.error("enterprise_number", null, "required for a Belgian business or public body");
        }
        if (vat != null && country != null && !vat.startsWith(country) && !(country.equals("GR") && vat.startsWith("EL"))) {
            f.error("vat_number", vat, "prefix must be the client's country " + country);
        }
        if (vat != null && enterprise != null && "BE".equals(country) && !vat.equals(enterprise.vatNumber())) {
            f.error("vat_number", vat, "must be BE + the enterprise number " + enterprise.value());
        }
        f.done();
        return new ClientRow(id, name, kind, country, enterprise, vat, iban, terms == null ? 30 : terms);
    }
}
