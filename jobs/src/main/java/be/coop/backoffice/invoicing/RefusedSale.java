package be.coop.backoffice.invoicing;

/** A sale left uninvoiced, with the rule it breaks; listed in the day's invoicing rejects. */
public record RefusedSale(String saleId, String reason) implements DraftOutcome {
}
