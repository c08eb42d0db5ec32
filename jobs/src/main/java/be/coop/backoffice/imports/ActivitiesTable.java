package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code activities.csv} into {@code activity}. */
class ActivitiesTable extends SimpleFeedTable<ActivityRow> {

    ActivitiesTable(JdbcTemplate jdbc) {
        super(jdbc, "activity", "activity_id", ActivityRow::activityId,
                List.of(new Reference<>("member_id", ActivityRow::memberId, "member", "member_id", "member")));
    }

    @Override
    protected String insertSql() {
        return """
                insert into activity (activity_id, member_id, name, structure_code, office_code, opened_on, imported_on)
                values (?, ?, ?, ?, ?, ?, ?)""";
    }

    @Override
    protected Object[] insertValues(ActivityRow a, LocalDate businessDate) {
        return new Object[] {a.activityId(), a.memberId(), a.name(), a.structure(), a.office(), a.openedOn(), businessDate};
    }
}
