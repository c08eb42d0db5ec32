package be.coop.backoffice.sample;

/**
 * One short employment contract of the year. Day fields are day indexes (0 = 1 January); hours
 * are in hundredths of an hour and amounts in cents so every sum stays exact.
 */
final class PlannedContract {

    final Worker worker;
    final Cell cell;
    final boolean courier;
    final int daysWorked;
    int start;
    int end;
    /** Day the contract appears in contracts.csv. */
    int encoded;
    long hundredthHours;
    long grossCents;
    PlannedActivity activity;
    PlannedClient client;
    /** Day of the CANCELLED row for a contract withdrawn before it started, or -1. */
    int cancelledOn = -1;
    String id;

    PlannedContract(Worker worker, Cell cell, boolean courier, int daysWorked) {
        this.worker = worker;
        this.cell = cell;
        this.courier = courier;
        this.daysWorked = daysWorked;
    }

    int length() {
        return end - start + 1;
    }

    boolean isContractTool() {
        return activity == null;
    }

    boolean isCancelled() {
        return cancelledOn >= 0;
    }
}
