package be.coop.backoffice.imports;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.Niss;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code contracts.csv} into {@code contract}. A new identifier is inserted; a known one is
 * <ul>
 *   <li>a duplicate when nothing changed,</li>
 *   <li>a cancellation when {@code status=CANCELLED}, allowed up to the contract's first day
 *       (afterwards work has been done and is paid: the contract is amended instead),</li>
 *   <li>an amendment otherwise, allowed until the contract's last day (its payslip follows).</li>
 * </ul>
 * The member may never change, and the national number must be the member's own.
 */
class ContractsTable implements FeedTable<ContractRow> {

    private final JdbcTemplate jdbc;
    private final Lookup lookup;

    ContractsTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.lookup = new Lookup(jdbc);
    }

    @Override
    public int write(List<RowOutcome.Accepted<ContractRow>> rows, LocalDate businessDate, Rejects rejects) {
        Map<String, String> nissOfMember = lookup.map("member", "member_id", "niss",
                rows.stream().map(r -> r.row().memberId()).toList());
        Map<String, String> ownerOfActivity = lookup.map("activity", "activity_id", "member_id",
                rows.stream().map(r -> r.row().activityId()).toList());
        var clients = lookup.existing("client", "client_id", rows.stream().map(r -> r.row().clientId()).toList());
        Map<String, ContractRow> current = existing(rows.stream().map(r -> r.row().contractId()).toList());

        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> amendments = new ArrayList<>();
        List<Object[]> cancellations = new ArrayList<>();
        for (RowOutcome.Accepted<ContractRow> r : rows) {
            ContractRow c = r.row();
            int before = rejects.lineCount();
            String niss = nissOfMember.get(c.memberId());
            if (niss == null) {
                rejects.reject(r.line(), c.contractId(), "member_id", c.memberId(), "unknown member");
            } else if (!niss.equals(c.niss().value())) {
                rejects.reject(r.line(), c.contractId(), "niss", c.niss().formatted(),
                        "not the national number of member " + c.memberId());
            }
            if (c.activityId() != null) {
                String owner = ownerOfActivity.get(c.activityId());
                if (owner == null) {
                    rejects.reject(r.line(), c.contractId(), "activity_id", c.activityId(), "unknown activity");
                } else if (!owner.equals(c.memberId())) {
                    rejects.reject(r.line(), c.contractId(), "activity_id", c.activityId(),
                            "activity belongs to member " + owner + ", not " + c.memberId());
                }
            }
            if (c.clientId() != null && !clients.contains(c.clientId())) {
                rejects.reject(r.line(), c.contractId(), "client_id", c.clientId(), "unknown client");
            }
            if (rejects.lineCount() > before) {
                continue;
            }
            ContractRow known = current.get(c.contractId());
            String refusal = null;
            if (known == null && "CANCELLED".equals(c.status())) {
                refusal = "cancels a contract that was never imported";
            } else if (known == null) {
                inserts.add(insertValues(c, businessDate));
            } else if (known.equals(c)) {
                refusal = "duplicate: contract already imported with the same terms";
            } else if ("CANCELLED".equals(known.status())) {
                refusal = "contract was cancelled: it can no longer change";
            } else if (!known.memberId().equals(c.memberId())) {
                refusal = "an amendment cannot change the member (" + known.memberId() + ")";
            } else if ("CANCELLED".equals(c.status())) {
                if (known.startDate().isBefore(businessDate)) {
                    refusal = "contract started on " + known.startDate() + ": it can no longer be cancelled, only amended";
                } else {
                    cancellations.add(new Object[] {businessDate, c.contractId()});
                }
            } else if (known.endDate().isBefore(businessDate)) {
                refusal = "contract ended on " + known.endDate() + ": it can no longer be amended";
            } else {
                amendments.add(amendValues(c, businessDate));
            }
            if (refusal != null) {
                rejects.reject(r.line(), c.contractId(), "contract_id", c.contractId(), refusal);
            } else {
                current.put(c.contractId(), c);
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into contract (contract_id, member_id, structure_code, contract_type, joint_committee,
                                          start_date, end_date, days_worked, hours_worked, gross_amount, activity_id,
                                          client_id, office_code, courier, encoded_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
        if (!amendments.isEmpty()) {
            jdbc.batchUpdate("""
                    update contract
                       set structure_code = ?, contract_type = ?, joint_committee = ?, start_date = ?, end_date = ?,
                           days_worked = ?, hours_worked = ?, gross_amount = ?, activity_id = ?, client_id = ?,
                           office_code = ?, courier = ?, amended_on = ?, version = version + 1
                     where contract_id = ?""", amendments);
        }
        if (!cancellations.isEmpty()) {
            jdbc.batchUpdate("""
                    update contract set status = 'CANCELLED', cancelled_on = ?, version = version + 1
                     where contract_id = ?""", cancellations);
        }
        return inserts.size() + amendments.size() + cancellations.size();
    }

    private Map<String, ContractRow> existing(List<String> ids) {
        Map<String, ContractRow> found = new HashMap<>();
        jdbc.query("""
                select c.contract_id, c.member_id, m.niss, c.structure_code, c.contract_type, c.joint_committee,
                       c.start_date, c.end_date, c.days_worked, c.hours_worked, c.gross_amount, c.activity_id,
                       c.client_id, c.office_code, c.courier, c.status
                  from contract c join member m on m.member_id = c.member_id
                 where c.contract_id = any(?)""", rs -> {
            found.put(rs.getString(1), new ContractRow(rs.getString(1), rs.getString(2), new Niss(rs.getString(3)),
                    rs.getString(4), rs.getString(5), rs.getShort(6), rs.getObject(7, LocalDate.class),
                    rs.getObject(8, LocalDate.class), rs.getInt(9), rs.getBigDecimal(10), new Money(rs.getBigDecimal(11)),
                    rs.getString(12), rs.getString(13), rs.getString(14), rs.getBoolean(15), rs.getString(16)));
        }, (Object) ids.toArray(String[]::new));
        return found;
    }

    private static Object[] insertValues(ContractRow c, LocalDate businessDate) {
        return new Object[] {c.contractId(), c.memberId(), c.structure(), c.contractType(), c.jointCommittee(),
                c.startDate(), c.endDate(), c.daysWorked(), c.hoursWorked(), c.grossAmount().amount(), c.activityId(),
                c.clientId(), c.office(), c.courier(), businessDate};
    }

    private static Object[] amendValues(ContractRow c, LocalDate businessDate) {
        return new Object[] {c.structure(), c.contractType(), c.jointCommittee(), c.startDate(), c.endDate(),
                c.daysWorked(), c.hoursWorked(), c.grossAmount().amount(), c.activityId(), c.clientId(), c.office(),
                c.courier(), businessDate, c.contractId()};
    }
}
