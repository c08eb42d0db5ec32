package be.coop.backoffice.payroll;

import be.coop.backoffice.common.Money;
import java.sql.Date;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;

/**
 * {@code contractsToPayReader}: the active contracts whose work ended on or before the business
 * date and that have no payslip, in the order their payslips are computed (end date, start date,
 * contract id). One server-side cursor (auto-commit off, so PostgreSQL streams by fetch size).
 *
 * <p>It keeps no position in the step's context: a restarted step queries again, and the contracts
 * paid by the chunks that committed before the crash no longer qualify.
 */
final class ContractsToPayReader {

    static final String SQL = """
            select c.contract_id, c.member_id, c.structure_code, c.contract_type, c.courier, c.start_date, c.end_date,
                   c.days_worked, c.hours_worked, c.gross_amount, m.withholding_rate, c.activity_id
              from contract c
              join member m on m.member_id = c.member_id
             where c.status = 'ACTIVE' and c.end_date <= ?
               and not exists (select 1 from payslip p where p.contract_id = c.contract_id)
             order by c.end_date, c.start_date, c.contract_id""";

    private ContractsToPayReader() {
    }

    /** {@code businessDate} is asked for when the reader opens (the step sets it before). */
    static JdbcCursorItemReader<ContractToPay> build(DataSource dataSource, java.util.function.Supplier<LocalDate> businessDate,
                                                     int fetchSize) {
        return new JdbcCursorItemReaderBuilder<ContractToPay>()
                .name("contractsToPayReader")
                .dataSource(dataSource)
                .sql(SQL)
                .preparedStatementSetter(ps -> ps.setDate(1, Date.valueOf(businessDate.get())))
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
