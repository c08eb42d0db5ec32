package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code expenses.csv} into {@code expense}. */
class ExpensesTable extends SimpleFeedTable<ExpenseRow> {

    ExpensesTable(JdbcTemplate jdbc) {
        super(jdbc, "expense", "expense_id", ExpenseRow::expenseId,
                List.of(new Reference<>("activity_id", ExpenseRow::activityId, "activity", "activity_id", "activity")));
    }

    @Override
    protected String insertSql() {
        return """
                insert into expense (expense_id, activity_id, expense_date, amount, category, description, imported_on)
                values (?, ?, ?, ?, ?, ?, ?)""";
    }

    @Override
    protected Object[] insertValues(ExpenseRow e, LocalDate businessDate) {
        return new Object[] {e.expenseId(), e.activityId(), e.expenseDate(), e.amount().amount(), e.category(),
                e.description(), businessDate};
    }
}
