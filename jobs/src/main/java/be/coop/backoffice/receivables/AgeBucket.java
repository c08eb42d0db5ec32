package be.coop.backoffice.receivables;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The columns of an aged balance: how long past its due date an open invoice is on the business
 * date. An invoice due on the business date itself is not due yet (it may still be paid that day);
 * the day after, it is one day overdue.
 */
public enum AgeBucket {

    NOT_DUE("not_due"),
    OVERDUE_1_30("overdue_1_30"),
    OVERDUE_31_60("overdue_31_60"),
    OVERDUE_61_90("overdue_61_90"),
    OVERDUE_OVER_90("overdue_over_90");

    private final String column;

    AgeBucket(String column) {
        this.column = column;
    }

    /** The column name in {@code aged-receivables.csv}. */
    public String column() {
        return column;
    }

    public static AgeBucket of(LocalDate dueDate, LocalDate asOf) {
        long overdue = ChronoUnit.DAYS.between(dueDate, asOf);
        if (overdue <= 0) {
            return NOT_DUE;
        }
        if (overdue <= 30) {
            return OVERDUE_1_30;
        }
        if (overdue <= 60) {
            return OVERDUE_31_60;
        }
        return overdue <= 90 ? OVERDUE_61_90 : OVERDUE_OVER_90;
    }
}
