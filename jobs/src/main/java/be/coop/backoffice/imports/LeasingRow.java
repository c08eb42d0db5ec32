package be.coop.backoffice.imports;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A leasing contract of equipment bought for an Activity, from {@code leasing.csv}. */
public record LeasingRow(String leasingId, String activityId, String assetCategory, Money price, BigDecimal annualRate,
                         int durationMonths, LocalDate startDate) {

    public static LeasingRow parse(CsvRow row) {
        Fields f = new Fields(row);
        String id = f.id("leasing_id", true);
        String activity = f.id("activity_id", true);
        String category = f.code("asset_category", true, Codes.ASSET_CATEGORIES);
        Money price = f.positiveAmount("price", true);
        BigDecimal rate = f.decimal("annual_rate", true, BigDecimal.ZERO, new BigDecimal("20"));
        Integer months = f.integer("duration_months", true, 1, 60);
        LocalDate start = f.date("start_date", true);
        f.done();
        return new LeasingRow(id, activity, category, price, rate, months, start);
    }
}
