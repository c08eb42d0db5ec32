package be.coop.backoffice.sample;

import java.time.LocalDate;

/** A person who signs contracts in the year, and the member record the feeds carry for them. */
final class Worker {

    final int index;
    final CalibrationTargets.Profile profile;
    final Cell[] cells;
    /** How busy this worker is compared with the others (log-normal around 1). */
    final double busyness;
    /** The cell whose contracts are bike-courier shifts, or null. */
    Cell courierCell;
    /** One of the few students who work past the yearly student quota. */
    boolean overStudentQuota;

    String id;
    String lastName;
    String firstName;
    boolean female;
    LocalDate birthDate;
    String niss;
    String iban;
    Office office;
    String team;
    String withholdingRate;
    /** First day the member is needed in a feed (day index), set by the writer. */
    int firstNeeded = Integer.MAX_VALUE;

    Worker(int index, CalibrationTargets.Profile profile, double busyness) {
        this.index = index;
        this.profile = profile;
        this.cells = profile.cells().toArray(new Cell[0]);
        this.busyness = busyness;
    }

    boolean isStudent() {
        return profile.has(ContractType.STUDENT);
    }

    int cellsOf(ContractType type) {
        int n = 0;
        for (Cell c : cells) {
            if (c.type == type) {
                n++;
            }
        }
        return n;
    }
}
