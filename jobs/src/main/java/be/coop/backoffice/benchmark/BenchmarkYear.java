package be.coop.backoffice.benchmark;

import be.coop.backoffice.common.io.SqlResource;
import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Inserts a synthetic year of billable sales ({@code benchmark-year.sql}) into an empty database:
 * sales spread over the 365 days of {@code year}, each imported on its sale date, with the members,
 * Activities, clients and contracts they refer to. The same arguments give the same rows.
 *
 * <p>Not the calibrated sample year of {@code be.coop.backoffice.sample}, which writes inbox files
 * for the import: these rows go straight into the tables in a few seconds, so the benchmark and the
 * restart test measure and exercise invoicing alone.
 */
public final class BenchmarkYear {

    private final int year;
    private final int sales;

    public BenchmarkYear(int year, int sales) {
        if (sales < 100) {
            throw new IllegalArgumentException("a sample year needs at least 100 sales: " + sales);
        }
        this.year = year;
        this.sales = sales;
    }

    public int sales() {
        return sales;
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    public void insert(NamedParameterJdbcTemplate jdbc) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("year_start", LocalDate.of(year, 1, 1))
                .addValue("sales", sales)
                .addValue("members", Math.max(10, sales / 12))
                .addValue("clients", Math.max(20, sales / 5));
        for (String statement : SqlResource.load(BenchmarkYear.class, "benchmark-year.sql").split(";\\s*\\n")) {
            if (!statement.isBlank() && !statement.strip().lines().allMatch(l -> l.startsWith("--"))) {
                jdbc.update(statement, parameters);
            }
        }
        jdbc.getJdbcTemplate().execute("analyze");
    }

}
