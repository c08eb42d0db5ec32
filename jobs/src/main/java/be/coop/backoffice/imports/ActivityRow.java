package be.coop.backoffice.imports;

import java.time.LocalDate;

/** A member's budget structure, from {@code activities.csv}. */
public record ActivityRow(String activityId, String memberId, String name, String structure, String office,
                          LocalDate openedOn) {

    public static ActivityRow parse(CsvRow row) {
        Fields f = new Fields(row);
        ActivityRow r = new ActivityRow(f.id("activity_id", true), f.id("member_id", true), f.text("name", true),
                f.code("structure", true, Codes.STRUCTURES), f.code("office", true, Codes.OFFICES),
                f.date("opened_on", true));
        f.done();
        return r;
    }
}
