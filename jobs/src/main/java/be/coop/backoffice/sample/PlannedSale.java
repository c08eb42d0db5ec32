package be.coop.backoffice.sample;

/** One billable item of sales.csv: an Activity sale or the invoice of a Contract-tool contract. */
final class PlannedSale {

    enum Vat { STANDARD, REDUCED, EXEMPT }

    final PlannedActivity activity;
    final PlannedContract contract;
    final PlannedClient client;
    final int day;
    final boolean feeExempt;
    final Vat vat;
    final String description;
    long amountCents;
    /** Day of the CANCELLED row when this sale was withdrawn, or -1. */
    int cancelledOn = -1;
    String id;

    PlannedSale(PlannedActivity activity, PlannedContract contract, PlannedClient client, int day, boolean feeExempt,
                Vat vat, String description) {
        this.activity = activity;
        this.contract = contract;
        this.client = client;
        this.day = day;
        this.feeExempt = feeExempt;
        this.vat = vat;
        this.description = description;
    }

    boolean isCancelled() {
        return cancelledOn >= 0;
    }

    /** The mutualised fee of this sale: 6.5% of the amount, rounded half-up to the cent. */
    long feeCents() {
        return feeOf(amountCents);
    }

    static long feeOf(long amountCents) {
        return (amountCents * CalibrationTargets.FEE_PER_MILLE + 500) / 1000;
    }
}
