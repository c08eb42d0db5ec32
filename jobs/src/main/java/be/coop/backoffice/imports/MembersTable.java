package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code members.csv} into {@code member}; one national number belongs to one member. */
class MembersTable extends SimpleFeedTable<MemberRow> {

    MembersTable(JdbcTemplate jdbc) {
        super(jdbc, "member", "member_id", MemberRow::memberId, List.of());
    }

    @Override
    protected void check(List<RowOutcome.Accepted<MemberRow>> rows, Rejects rejects) {
        Map<String, String> owners = new HashMap<>(lookup.map("member", "niss", "member_id",
                rows.stream().map(r -> r.row().niss().value()).toList()));
        for (RowOutcome.Accepted<MemberRow> r : rows) {
            String niss = r.row().niss().value();
            String owner = owners.putIfAbsent(niss, r.row().memberId());
            if (owner != null && !owner.equals(r.row().memberId())) {
                rejects.reject(r.line(), r.recordId(), "niss", niss, "national number already belongs to member " + owner);
            }
        }
    }

    @Override
    protected String insertSql() {
        return """
                insert into member (member_id, niss, last_name, first_name, birth_date, iban, office_code, team_code,
                                    withholding_rate, imported_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    }

    @Override
    protected Object[] insertValues(MemberRow m, LocalDate businessDate) {
        return new Object[] {m.memberId(), m.niss().value(), m.lastName(), m.firstName(), m.birthDate(),
                m.iban().value(), m.office(), m.team(), m.withholdingRate(), businessDate};
    }
}
