package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One kind of inbox file: its name, the columns it cannot do without, its identifier column,
 * the field rules that turn a line into a row, and the table it is written to.
 */
public record Feed<T>(String name, String idColumn, List<String> requiredColumns,
                      BiFunction<CsvRow, LocalDate, T> parser, Function<JdbcTemplate, FeedTable<T>> table) {

    public static final Feed<MemberRow> MEMBERS = new Feed<>("members", "member_id",
            List.of("member_id", "niss", "last_name", "first_name", "birth_date", "iban", "office"),
            (row, date) -> MemberRow.parse(row), MembersTable::new);
    public static final Feed<ClientRow> CLIENTS = new Feed<>("clients", "client_id",
            List.of("client_id", "name", "kind", "country"),
            (row, date) -> ClientRow.parse(row), ClientsTable::new);
    public static final Feed<ActivityRow> ACTIVITIES = new Feed<>("activities", "activity_id",
            List.of("activity_id", "member_id", "name", "structure", "office", "opened_on"),
            (row, date) -> ActivityRow.parse(row), ActivitiesTable::new);
    public static final Feed<ContractRow> CONTRACTS = new Feed<>("contracts", "contract_id",
            List.of("contract_id", "member_id", "niss", "structure", "contract_type", "start_date", "end_date",
                    "days_worked", "hours_worked", "gross_amount", "office"),
            (row, date) -> ContractRow.parse(row), ContractsTable::new);
    public static final Feed<SaleRow> SALES = new Feed<>("sales", "sale_id",
            List.of("sale_id", "client_id", "amount_excl_vat", "vat_regime", "sale_date"),
            SaleRow::parse, SalesTable::new);
    public static final Feed<ExpenseRow> EXPENSES = new Feed<>("expenses", "expense_id",
            List.of("expense_id", "activity_id", "expense_date", "amount", "category"),
            (row, date) -> ExpenseRow.parse(row), ExpensesTable::new);
    public static final Feed<LeasingRow> LEASING = new Feed<>("leasing", "leasing_id",
            List.of("leasing_id", "activity_id", "asset_category", "price", "annual_rate", "duration_months",
                    "start_date"),
            (row, date) -> LeasingRow.parse(row), LeasingTable::new);
    public static final Feed<AccidentRow> ACCIDENTS = new Feed<>("accidents", "accident_id",
            List.of("accident_id", "member_id", "accident_date", "declared_on", "kind", "lost_days"),
            (row, date) -> AccidentRow.parse(row), AccidentsTable::new);

    /** In import order: what a row refers to is imported before it. */
    public static final List<Feed<?>> ALL = List.of(MEMBERS, CLIENTS, ACTIVITIES, CONTRACTS, SALES, EXPENSES, LEASING,
            ACCIDENTS);

    public String fileName() {
        return name + ".csv";
    }

    /** Applies the field rules to one line. */
    public RowOutcome<T> outcome(CsvRow row, LocalDate businessDate) {
        try {
            return new RowOutcome.Accepted<>(row.line(), row.get(idColumn), parser.apply(row, businessDate));
        } catch (RowRejectedException e) {
            return new RowOutcome.Rejected<>(row.line(), row.get(idColumn), e.errors());
        }
    }
}
