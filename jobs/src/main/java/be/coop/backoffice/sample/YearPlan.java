package be.coop.backoffice.sample;

import java.util.List;

/** Everything planned for the year, before it is numbered and written. */
record YearPlan(
        int year,
        int daysInYear,
        List<Worker> workers,
        List<PlannedClient> clients,
        List<PlannedActivity> activities,
        List<PlannedContract> contracts,
        List<PlannedSale> sales,
        List<SideFeeds.Expense> expenses,
        List<SideFeeds.Leasing> leasings,
        List<SideFeeds.Accident> accidents) {
}
