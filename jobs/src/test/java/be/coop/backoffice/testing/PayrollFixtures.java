package be.coop.backoffice.testing;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Niss;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Members, a client, Activities and contracts inserted straight into the tables, for job tests. */
public final class PayrollFixtures {

    private final JdbcTemplate jdbc;

    public PayrollFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PayrollFixtures client() {
        jdbc.update("""
                insert into client (client_id, name, kind, country, imported_on)
                values ('CL1', 'Client One', 'PERSON', 'BE', '2017-01-01') on conflict do nothing""");
        return this;
    }

    /** A member with a valid national number and IBAN built from {@code serial}. */
    public PayrollFixtures member(String id, int serial, BigDecimal withholdingPercent) {
        return member(id, Niss.forBirthDate(LocalDate.of(1990, 1, 1), serial).value(), serial, withholdingPercent);
    }

    public PayrollFixtures member(String id, String niss, int serial, BigDecimal withholdingPercent) {
        jdbc.update("""
                insert into member (member_id, niss, last_name, first_name, birth_date, iban, office_code,
                                    withholding_rate, imported_on)
                values (?, ?, ?, 'Test', '1990-01-01', ?, 'NAMUR', ?, '2017-01-01')""",
                id, niss, "Member " + id, Iban.belgian(680000000L + serial).value(), withholdingPercent);
        return this;
    }

    public PayrollFixtures activity(String id, String memberId) {
        jdbc.update("""
                insert into activity (activity_id, member_id, name, structure_code, office_code, opened_on, imported_on)
                values (?, ?, 'Activity', 'PA', 'NAMUR', '2017-01-01', '2017-01-01')""", id, memberId);
        return this;
    }

    /** A contract; under the Activity when {@code activityId} is given, else for client CL1. */
    public PayrollFixtures contract(String id, String memberId, String structure, String type, String start, String end,
                                    int days, String hours, String gross, boolean courier, String activityId,
                                    String encodedOn) {
        jdbc.update("""
                insert into contract (contract_id, member_id, structure_code, contract_type, joint_committee, start_date,
                                      end_date, days_worked, hours_worked, gross_amount, activity_id, client_id,
                                      office_code, courier, encoded_on)
                values (?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?, ?, ?, 'NAMUR', ?, ?::date)""",
                id, memberId, structure, type, type.startsWith("ARTIST") ? 304 : 200, start, end, days,
                new BigDecimal(hours), new BigDecimal(gross), activityId, activityId == null ? "CL1" : null, courier,
                encodedOn);
        return this;
    }

    /** What the contracts feed does to an amended contract. */
    public void amend(String id, String start, String end, String amendedOn) {
        jdbc.update("""
                update contract set start_date = ?::date, end_date = ?::date, amended_on = ?::date, version = version + 1
                 where contract_id = ?""", start, end, amendedOn, id);
    }

    /** What the contracts feed does to a cancelled contract. */
    public void cancel(String id, String cancelledOn) {
        jdbc.update("""
                update contract set status = 'CANCELLED', cancelled_on = ?::date, version = version + 1
                 where contract_id = ?""", cancelledOn, id);
    }
}
