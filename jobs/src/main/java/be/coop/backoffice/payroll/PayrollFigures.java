package be.coop.backoffice.payroll;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual report's payroll tables, aggregated in SQL from the payslips of a year (the year of
 * the contracts' end dates, the year whose rates they were computed with).
 * <ul>
 *   <li>per contract type: distinct workers, gross salary (after courier corrections) to the cent and
 *       days worked; plus "artists (both)" (artist and artist 1er bis, each worker once) and "all";</li>
 *   <li>per employing structure: distinct workers and days worked; plus the total.</li>
 * </ul>
 * Rows overlap as in the report: a worker holding several types or working for several
 * structures counts once in each of their rows and once in "all".
 */
public final class PayrollFigures {

    /** One line of the table by contract type; {@code type} is a contract type, {@code ARTISTS_BOTH} or {@code ALL}. */
    public record ByType(String type, String label, long workers, BigDecimal gross, long days) {
    }

    /** One line of the table by structure; {@code structure} is {@code ALL} for the total. */
    public record ByStructure(String structure, String label, long workers, long days) {
    }

    private final JdbcTemplate jdbc;

    public PayrollFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ByType> byContractType(int year) {
        return jdbc.query("""
                with line (type, label, position) as (values
                    ('ALL', 'all', 0), ('EMPLOYEE', 'employee', 1), ('STUDENT', 'student', 2), ('ARTIST', 'artist', 3),
                    ('ARTIST_1BIS', 'artist 1er bis', 4), ('ARTISTS_BOTH', 'artists (both)', 5))
                select line.type, line.label, coalesce(f.workers, 0), coalesce(f.gross, 0), coalesce(f.days, 0)
                  from line
                  left join (
                      select g.type, count(distinct p.member_id) as workers, sum(p.gross_amount) as gross,
                             sum(p.days_worked) as days
                        from payslip p
                       cross join lateral (values ('ALL'), (p.contract_type),
                             (case when p.contract_type in ('ARTIST', 'ARTIST_1BIS') then 'ARTISTS_BOTH' end)) as g (type)
                       where p.rates_year = ? and g.type is not null
                       group by g.type) f on f.type = line.type
                 order by line.position""",
                (rs, i) -> new ByType(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4).setScale(2),
                        rs.getLong(5)), year);
    }

    public List<ByStructure> byStructure(int year) {
        return jdbc.query("""
                select code, name, workers, days from (
                    select s.code, s.name, count(distinct p.member_id) as workers, coalesce(sum(p.days_worked), 0) as days,
                           0 as total
                      from structure s
                      left join payslip p on p.structure_code = s.code and p.rates_year = ?
                     group by s.code, s.name
                    union all
                    select 'ALL', 'total', count(distinct member_id), coalesce(sum(days_worked), 0), 1
                      from payslip where rates_year = ?) t
                 order by total, workers desc, code""",
                (rs, i) -> new ByStructure(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), year, year);
    }

    /** Prints both tables as the report lays them out. */
    public void print(int year, PrintStream out) {
        out.printf("Payroll %d by contract type%n", year);
        out.printf("  %-16s %10s %18s %12s%n", "type", "workers", "gross salary EUR", "days worked");
        for (ByType row : byContractType(year)) {
            out.printf("  %-16s %,10d %,18.2f %,12d%n", row.label(), row.workers(), row.gross(), row.days());
        }
        out.printf("Payroll %d by structure%n", year);
        out.printf("  %-24s %10s %12s%n", "structure", "workers", "days worked");
        for (ByStructure row : byStructure(year)) {
            out.printf("  %-24s %,10d %,12d%n", row.label(), row.workers(), row.days());
        }
    }
}
