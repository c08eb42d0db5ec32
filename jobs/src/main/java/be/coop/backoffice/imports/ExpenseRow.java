package be.coop.backoffice.imports;

import be.coop.backoffice.common.Money;
import java.time.LocalDate;

/** An expense, purchase or charge debited from an Activity, from {@code expenses.csv}. */
public record ExpenseRow(String expenseId, String activityId, LocalDate expenseDate, Money amount, String category,
                         String description) {

    public static ExpenseRow parse(CsvRow row) {
        Fields f = new Fields(row);
        ExpenseRow r = new ExpenseRow(f.id("expense_id", true), f.id("activity_id", true),
                f.date("expense_date", true), f.positiveAmount("amount", true),
                f.code("category", true, Codes.EXPENSE_CATEGORIES), f.text("description", false));
        f.done();
        return r;
    }
}
