package be.coop.backoffice.payroll;

import be.coop.backoffice.common.Money;
import java.sql.Date;
import java.time.LocalDate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;

/**
 * {@code contractsToPayReader}: the active contracts whose work ended on or before the business
 * date and that have no payslip, in the order their payslips are computed (end date, start date,
 * contract id). One server-side cursor (auto-commit off, so PostgreSQL streams by fetch size).
 * Only the contracts that ended, were encoded, amended or cancelled after the bound
 * {@link PayrollNights} gives are looked at: the others were paid by a completed night.
 *
 * <p>It keeps no position in the step's context: a restarted step queries again, and the contracts
 * paid by the chunks that committed before the crash no longer qualify.
 */
final class ContractsToPayReader {

    static final String SQL = """
            with ended as materialized (
                -- ended since the search bound (PayrollNights); without a bound, every contract ended. The
                -- row the window finds is read as it is
                select c.contract_id, c.member_id, c.structure_code, c.contract_type, c.courier, c.start_date,
                       c.end_date, c.days_worked, c.hours_worked, c.gross_amount, c.activity_id, c.status
                  from contract c where c.end_date > coalesce(?::date, '-infinity') and c.end_date <= ?
            ),
            candidate as (
                -- encoded since the bound, after its end (encoded before its end, it is found by its end date);
                -- encoded_on is the business date of the import, never after the night that imports it
                select contract_id from contract
                 where encoded_on > end_date and encoded_on > ?::date and encoded_on <= ?
                union
                -- amended since the bound (the end may have moved back); the index holds the cancelled too
                select contract_id from contract
                 where (amended_on is not null or cancelled_on is not null) and greatest(amended_on, cancelled_on) > ?::date
            ),
            found as (
                select * from ended
                union all
                -- the others looked up by key (limit 1 keeps the planner from joining whole tables)
                select c.* from candidate k
                 cross join lateral (select c.contract_id, c.member_id, c.structure_code, c.contract_type, c.courier,
                                            c.start_date, c.end_date, c.days_worked, c.hours_worked, c.gross_amount,
                                            c.activity_id, c.status
                                       from contract c where c.contract_id = k.contract_id limit 1) c
                 where k.contract_id not in (select contract_id from ended)
            )
            select c.contract_id, c.member_id, c.structure_code, c.contract_type, c.courier, c.start_date, c.end_date,
                   c.days_worked, c.hours_worked, c.gross_amount, m.withholding_rate, c.activity_id
              from found c
              -- the member by key (limit 1: joined whole, the member table is hashed for ~700 rows)
              cross join lateral (select m.withholding_rate from member m where m.member_id = c.member_id limit 1) m
             where c.status = 'ACTIVE' and c.end_date <= ?
               -- a probe by key: "not exists" is planned as an anti join hashing every payslip ever computed;
               -- made before the member is looked up (the day of slack brings back the contracts paid the
               -- night before: about half of the candidates)
               and (select p.payslip_id from payslip p where p.contract_id = c.contract_id limit 1) is null
             order by c.end_date, c.start_date, c.contract_id""";

    private ContractsToPayReader() {
    }

    /**
     * {@code businessDate} and {@code searchFrom} (the bound of {@link PayrollNights#searchFrom}, or
     * {@code null}) are asked for when the reader opens (the step sets them before).
     */
    static JdbcCursorItemReader<ContractToPay> build(DataSource dataSource, Supplier<LocalDate> businessDate,
                                                     Supplier<LocalDate> searchFrom, int fetchSize) {
        return new JdbcCursorItemReaderBuilder<ContractToPay>()
                .name("contractsToPayReader")
                .dataSource(dataSource)
                .sql(SQL)
                .preparedStatementSetter(ps -> {
                    Date date = Date.valueOf(businessDate.get());
                    Date from = searchFrom.get() == null ? null : Date.valueOf(searchFrom.get());
                    ps.setDate(1, from);
                    ps.setDate(2, date);
                    ps.setDate(3, from);
                    ps.setDate(4, date);
                    ps.setDate(5, from);
                    ps.setDate(6, date);
                })
                .connectionAutoCommit(false)
                .fetchSize(fetchSize)
                .saveState(false)
                .rowMapper((rs, i) -> new ContractToPay(rs.getString(1), rs.getString(2), rs.getString(3),
                        ContractType.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getInt(8), rs.getBigDecimal(9),
                        new Money(rs.getBigDecimal(10)), rs.getBigDecimal(11), rs.getString(12)))
                .build();
    }
}
