package be.coop.backoffice.payroll;

import be.coop.backoffice.common.config.ConfigException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The day an entity pays the salary of work that ended on a given day: the entity's delay rule
 * ({@code config/entities.csv}), then, when that day is not a business day, the next business day.
 *
 * <p>Business days are Monday to Friday, except, for an entity in Belgium, the Belgian bank
 * holidays ({@link BelgianBankHolidays}). The public holidays of the other countries are not
 * modelled: their entities move over weekends only.
 */
public final class SalaryPaymentDate {

    private final Entities entities;

    public SalaryPaymentDate(Entities entities) {
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    public LocalDate forWorkEndingOn(String entityCode, LocalDate endOfWork) {
        Entity entity = entities.get(entityCode);
        PaymentDelayRule rule = entity.salaryPaymentDelay().orElseThrow(() -> new ConfigException(
                "entity " + entityCode + " has no salary_payment_delay in the entities configuration"));
        LocalDate date = rule.nominalDate(endOfWork);
        while (!isBusinessDay(date, entity.country())) {
            date = date.plusDays(1);
        }
        return date;
    }

    static boolean isBusinessDay(LocalDate date, String country) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        return !country.equals("BE") || !BelgianBankHolidays.isHoliday(date);
    }
}
