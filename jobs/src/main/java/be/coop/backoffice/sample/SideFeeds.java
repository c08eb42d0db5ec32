package be.coop.backoffice.sample;

/** Rows of the smaller feeds: expenses, leasing and accidents. Days are day indexes (0 = 1 January). */
final class SideFeeds {

    private SideFeeds() {
    }

    record Expense(PlannedActivity activity, int day, long amountCents, String category, String description) {
    }

    record Leasing(PlannedActivity activity, int day, String assetCategory, long priceCents, String annualRate,
                   int durationMonths) {
    }

    record Accident(PlannedContract contract, int day, int declaredOn, String kind, int lostDays) {

        Worker worker() {
            return contract.worker;
        }

        boolean courier() {
            return contract.courier;
        }
    }
}
