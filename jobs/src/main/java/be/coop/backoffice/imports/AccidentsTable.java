package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code accidents.csv} into {@code accident}; the contract, when given, must be the victim's. */
class AccidentsTable extends SimpleFeedTable<AccidentRow> {

    AccidentsTable(JdbcTemplate jdbc) {
        super(jdbc, "accident", "accident_id", AccidentRow::accidentId, List.of(
                new Reference<>("member_id", AccidentRow::memberId, "member", "member_id", "member"),
                new Reference<>("contract_id", AccidentRow::contractId, "contract", "contract_id", "contract")));
    }

    @Override
    protected void check(List<RowOutcome.Accepted<AccidentRow>> rows, Rejects rejects) {
        Map<String, String> members = lookup.map("contract", "contract_id", "member_id",
                rows.stream().map(r -> r.row().contractId()).toList());
        for (RowOutcome.Accepted<AccidentRow> r : rows) {
            String contract = r.row().contractId();
            if (contract != null && !r.row().memberId().equals(members.get(contract))) {
                rejects.reject(r.line(), r.recordId(), "contract_id", contract,
                        "contract belongs to member " + members.get(contract) + ", not " + r.row().memberId());
            }
        }
    }

    @Override
    protected String insertSql() {
        return """
                insert into accident (accident_id, member_id, contract_id, accident_date, declared_on, kind, lost_days,
                                      courier, imported_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    }

    @Override
    protected Object[] insertValues(AccidentRow a, LocalDate businessDate) {
        return new Object[] {a.accidentId(), a.memberId(), a.contractId(), a.accidentDate(), a.declaredOn(), a.kind(),
                a.lostDays(), a.courier(), businessDate};
    }
}
