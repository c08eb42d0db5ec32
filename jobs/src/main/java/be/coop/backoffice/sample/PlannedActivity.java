package be.coop.backoffice.sample;

import java.time.LocalDate;

/** A member's Activity (budget structure) in one employing structure. */
final class PlannedActivity {

    final int index;
    final Worker owner;
    final Structure structure;
    final String name;
    /** Gross of the salaries it pays, the basis of how much it invoices. */
    long salaryCents;
    /** Opened before the year (a date years back) or, for new ones, left null until first use is known. */
    LocalDate openedOn;
    int firstNeeded = Integer.MAX_VALUE;
    String id;

    PlannedActivity(int index, Worker owner, Structure structure, String name) {
        this.index = index;
        this.owner = owner;
        this.structure = structure;
        this.name = name;
    }

    Office office() {
        return owner.office;
    }

    /** The key of this activity's clients in the {@link ClientBook}: its member's, whatever the tool. */
    int clientOwnerKey() {
        return owner.index;
    }
}
