package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code leasing.csv} into {@code leasing_contract}. */
class LeasingTable extends SimpleFeedTable<LeasingRow> {

    LeasingTable(JdbcTemplate jdbc) {
        super(jdbc, "leasing_contract", "leasing_id", LeasingRow::leasingId,
                List.of(new Reference<>("activity_id", LeasingRow::activityId, "activity", "activity_id", "activity")));
    }

    @Override
    protected String insertSql() {
        return """
                insert into leasing_contract (leasing_id, activity_id, asset_category, price, annual_rate,
                                              duration_months, start_date, imported_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)""";
    }

    @Override
    protected Object[] insertValues(LeasingRow l, LocalDate businessDate) {
        return new Object[] {l.leasingId(), l.activityId(), l.assetCategory(), l.price().amount(), l.annualRate(),
                l.durationMonths(), l.startDate(), businessDate};
    }
}
