package be.coop.backoffice.imports;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;

/** A billable item, from {@code sales.csv}: an Activity sale or the invoicing of a Contract. */
public record SaleRow(String saleId, String activityId, String contractId, String clientId, Money amountExclVat,
                      String vatRegime, LocalDate saleDate, boolean feeExempt, String description, String status) {

    public String sourceType() {
        return activityId != null ? "ACTIVITY" : "CONTRACT";
    }

    public static SaleRow parse(CsvRow row, LocalDate businessDate) {
        Fields f = new Fields(row);
        String id = f.id("sale_id", true);
        String activity = f.id("activity_id", false);
        String contract = f.id("contract_id", false);
        String client = f.id("client_id", true);
        Money amount = f.positiveAmount("amount_excl_vat", true);
        String regime = f.code("vat_regime", true, Codes.VAT_REGIMES);
        LocalDate date = f.date("sale_date", true);
        boolean feeExempt = Boolean.TRUE.equals(f.bool("fee_exempt", false));
        String description = f.text("description", false);
        String status = f.code("status", false, Codes.STATUSES);
        if ((row.get("activity_id") == null) == (row.get("contract_id") == null)) {
            f.error("activity_id", row.get("activity_id"), "exactly one of activity_id and contract_id is required");
        }
        if (date != null && date.isAfter(businessDate)) {
            f.error("sale_date", date.toString(), "after the business date " + businessDate);
        }
        f.done();
        return new SaleRow(id, activity, contract, client, amount, regime, date, feeExempt, description,
                status == null ? "ACTIVE" : status);
    }
}
