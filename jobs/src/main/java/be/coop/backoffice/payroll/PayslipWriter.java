package be.coop.backoffice.payroll;

import be.coop.backoffice.payroll.ContributionLine.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Computes and stores the payslips of one chunk of contracts, in the chunk's transaction:
 * <ol>
 *   <li>the hours the chunk's students already worked in the year, one query for the chunk;</li>
 *   <li>each payslip with {@link PayslipCalculator}, in reading order, the student hours growing
 *       with each student payslip of the chunk;</li>
 *   <li>the payslips inserted in one statement ({@code payslip.contract_id} is unique: a contract is
 *       never paid twice, even by two runs at once) which, for contracts under an Activity, also
 *       debits the gross ({@code SALARY}) and the employer costs ({@code EMPLOYER_COSTS}) from it,
 *       once per payslip (unique kind, source).</li>
 * </ol>
 * The business date (the night computing) is set before the step runs.
 */
public final class PayslipWriter implements ItemWriter<ContractToPay> {

    private final JdbcTemplate jdbc;
    private final PayslipCalculator calculator;
    private final PaymentDates paymentDates;
    private LocalDate businessDate;

    public PayslipWriter(JdbcTemplate jdbc, PayslipCalculator calculator, PaymentDates paymentDates) {
        this.jdbc = jdbc;
        this.calculator = calculator;
        this.paymentDates = paymentDates;
    }

    public void setBusinessDate(LocalDate businessDate) {
        this.businessDate = businessDate;
    }

    @Override
    public void write(Chunk<? extends ContractToPay> chunk) {
        Objects.requireNonNull(businessDate, "business date not set");
        List<? extends ContractToPay> contracts = chunk.getItems();
        StudentHours studentHours = storedStudentHours(contracts);
        List<Object[]> rows = new ArrayList<>(contracts.size());
        for (ContractToPay contract : contracts) {
            int year = contract.end().getYear();
            BigDecimal before = contract.type() == ContractType.STUDENT
                    ? studentHours.before(contract.memberId(), year) : BigDecimal.ZERO;
            Payslip payslip = calculator.compute(contract.toPayrollContract(), before);
            if (contract.type() == ContractType.STUDENT) {
                studentHours.add(contract.memberId(), year, payslip.paidHours());
            }
            rows.add(row(contract, payslip, before));
        }
        insertPayslipsAndLedgerEntries(rows);
    }

    /** The payslip columns in the order of {@link #row}, with the array type each travels as. */
    private static final String[] COLUMN_TYPES = {"text", "text", "text", "numeric", "numeric", "numeric", "numeric",
            "numeric", "numeric", "numeric", "numeric", "text", "text", "text", "text", "text", "text", "int4", "int4",
            "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "text"};

    /**
     * The chunk's payslips in one statement, one row per array element in the chunk's order (their
     * ids follow it); dates travel as text. {@code payslip.contract_id} is unique: a contract paid
     * meanwhile by another run is skipped (that run posts its ledger entries). The same statement
     * posts the ledger entries of the payslips it inserted, from the rows it returns.
     */
    private void insertPayslipsAndLedgerEntries(List<Object[]> rows) {
        Object[] arrays = new Object[COLUMN_TYPES.length];
        for (int c = 0; c < COLUMN_TYPES.length; c++) {
            Object[] column = new Object[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                column[i] = rows.get(i)[c];
            }
            arrays[c] = new SqlArrayValue(COLUMN_TYPES[c], column);
        }
        jdbc.update("""
                with inserted as (
                insert into payslip (contract_id, member_id, period_end, gross_amount, worker_contribution, taxable_amount,
                                     withholding_tax, net_amount, allowance, amount_paid, employer_costs, payment_date,
                                     flags, computed_on, contract_type, structure_code, activity_id, rates_year,
                                     days_worked, hours_worked, paid_hours, student_hours_before, hours_beyond_quota,
                                     courier_shortfall, ordinary_contribution, solidarity_contribution, withholding_rate,
                                     due_payment_date)
                select contract_id, member_id, period_end::date, gross_amount, worker_contribution, taxable_amount,
                       withholding_tax, net_amount, allowance, amount_paid, employer_costs, payment_date::date, flags,
                       computed_on::date, contract_type, structure_code, activity_id, rates_year, days_worked, hours_worked,
                       paid_hours, student_hours_before, hours_beyond_quota, courier_shortfall, ordinary_contribution,
                       solidarity_contribution, withholding_rate, due_payment_date::date
                  from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) with ordinality
                       as p(contract_id, member_id, period_end, gross_amount, worker_contribution, taxable_amount,
                            withholding_tax, net_amount, allowance, amount_paid, employer_costs, payment_date, flags,
                            computed_on, contract_type, structure_code, activity_id, rates_year, days_worked, hours_worked,
                            paid_hours, student_hours_before, hours_beyond_quota, courier_shortfall, ordinary_contribution,
                            solidarity_contribution, withholding_rate, due_payment_date, position)
                 order by position
                on conflict (contract_id) do nothing
                returning payslip_id, activity_id, computed_on, gross_amount, employer_costs)
                insert into activity_ledger_entry (activity_id, entry_date, kind, amount, source_type, source_id)
                select activity_id, computed_on, kind, amount, 'PAYSLIP', payslip_id::text
                  from inserted
                 cross join lateral (values ('SALARY', -gross_amount), ('EMPLOYER_COSTS', -employer_costs)) as e (kind, amount)
                 where activity_id is not null
                 order by payslip_id, kind desc
                on conflict (kind, source_type, source_id) do nothing""", arrays);
    }

    private StudentHours storedStudentHours(List<? extends ContractToPay> contracts) {
        StudentHours hours = new StudentHours();
        String[] students = contracts.stream().filter(c -> c.type() == ContractType.STUDENT)
                .map(ContractToPay::memberId).distinct().toArray(String[]::new);
        if (students.length > 0) {
            jdbc.query("""
                    select member_id, rates_year, sum(paid_hours)
                      from payslip
                     where contract_type = 'STUDENT' and member_id = any(?)
                     group by member_id, rates_year""",
                    rs -> {
                        hours.stored(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3));
                    }, (Object) students);
        }
        return hours;
    }

    private Object[] row(ContractToPay contract, Payslip p, BigDecimal studentHoursBefore) {
        LocalDate due = paymentDates.due(contract.end());
        LocalDate paid = paymentDates.paid(due, businessDate);
        BigDecimal ordinary = BigDecimal.ZERO;
        BigDecimal solidarity = BigDecimal.ZERO;
        for (ContributionLine line : p.contributions()) {
            if (line.kind() == Kind.ORDINARY) {
                ordinary = ordinary.add(line.amount().amount());
            } else {
                solidarity = solidarity.add(line.amount().amount());
            }
        }
        String flags = p.flags().isEmpty() ? null
                : p.flags().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).stream()
                        .collect(Collectors.joining(","));
        return new Object[] {contract.contractId(), contract.memberId(), contract.end().toString(),
                p.gross().amount(), p.workerContribution().amount(), p.taxableIncome().amount(),
                p.withholdingTax().amount(), p.net().amount(), p.courierAllowance().amount(), p.amountPaid().amount(),
                p.employerCosts().amount(), paid.toString(), flags, businessDate.toString(),
                contract.type().name(), contract.structure(), contract.activityId(), p.ratesYear(),
                contract.daysWorked(), contract.hours(), p.paidHours(), studentHoursBefore,
                p.hoursBeyondStudentQuota(), p.courierShortfall().amount(), ordinary, solidarity,
                p.withholdingRate(), due.toString()};
    }
}
