package be.coop.backoffice.imports;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.Niss;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A short employment contract, from {@code contracts.csv}. */
public record ContractRow(String contractId, String memberId, Niss niss, String structure, String contractType,
                          short jointCommittee, LocalDate startDate, LocalDate endDate, int daysWorked,
                          BigDecimal hoursWorked, Money grossAmount, String activityId, String clientId,
                          String office, boolean courier, String status) {

    /** A contract lasts one day to one month: at most 31 calendar days from start to end. */
    public static final int MAX_CALENDAR_DAYS = 31;

    public static ContractRow parse(CsvRow row) {
        Fields f = new Fields(row);
        String id = f.id("contract_id", true);
        String member = f.id("member_id", true);
        Niss niss = f.niss("niss", true);
        String structure = f.code("structure", true, Codes.STRUCTURES);
        String type = f.code("contract_type", true, Codes.CONTRACT_TYPES);
        String committee = f.code("joint_committee", false, Codes.JOINT_COMMITTEES);
        LocalDate start = f.date("start_date", true);
        LocalDate end = f.date("end_date", true);
        Integer days = f.integer("days_worked", true, 1, MAX_CALENDAR_DAYS);
        BigDecimal hours = f.decimal("hours_worked", true, new BigDecimal("0.01"), new BigDecimal(24 * MAX_CALENDAR_DAYS));
        if (hours != null && hours.stripTrailingZeros().scale() > 2) {
            f.error("hours_worked", hours.toPlainString(), "at most two decimals");
            hours = null;
        }
        Money gross = f.positiveAmount("gross_amount", true);
        String activity = f.id("activity_id", false);
        String client = f.id("client_id", false);
        String office = f.code("office", true, Codes.OFFICES);
        boolean courier = Boolean.TRUE.equals(f.bool("courier", false));
        String status = f.code("status", false, Codes.STATUSES);
        if (start != null && end != null) {
            long span = ChronoUnit.DAYS.between(start, end) + 1;
            if (span < 1) {
                f.error("end_date", end.toString(), "must not be before start_date " + start);
            } else if (span > MAX_CALENDAR_DAYS) {
                f.error("end_date", end.toString(), "a contract lasts at most " + MAX_CALENDAR_DAYS
                        + " calendar days (1 day to 1 month); this one " + span);
            } else if (days != null && days > span) {
                f.error("days_worked", days.toString(), "more days worked than the " + span + " days of the period");
            }
        }
        if (days != null && hours != null && hours.compareTo(BigDecimal.valueOf(24L * days)) > 0) {
            f.error("hours_worked", hours.toPlainString(), "more than 24 hours per day worked");
        }
        if (activity == null && client == null && !f.hasErrors()) {
            f.error("client_id", null, "required when the contract is not under an activity");
        }
        f.done();
        short jc = committee != null ? Short.parseShort(committee) : Codes.defaultJointCommittee(type);
        return new ContractRow(id, member, niss, structure, type, jc, start, end, days, hours.setScale(2), gross,
                activity, client, office, courier, status == null ? "ACTIVE" : status);
    }
}
