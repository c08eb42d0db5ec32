package be.coop.backoffice.dimona;

import be.coop.backoffice.payroll.BelgianBusinessDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Creates tonight's declarations ({@code TO_SEND}) with {@link DimonaRules}, set-based: one query
 * gathers the contracts that may need one, with what was declared of them; one statement inserts.
 *
 * <p>Candidates: never-declared active contracts starting by the horizon (the next Belgian
 * business day) that start after the horizon of the last night prepared or were encoded since the
 * day before it ({@code dimona_night}, recorded in the preparation's transaction; a week back when
 * none was), contracts amended or cancelled in the last week, contracts acknowledged tonight that
 * changed since the declaration acknowledged (the acks are applied by the same night's job; an
 * unchanged one needs nothing, whatever the result), and those with a declaration still to send.
 * The week is slack for a night run late; nights run in date order (the chain refuses to skip a failed one), so each
 * contract is a candidate on the night it becomes due or changes. Running twice on the same night
 * creates nothing more: the rules see the declarations already created.
 *
 * <p>A declaration never written whose contract changed since it was created is dropped first
 * (nothing was sent), so the rules declare the contract's current terms.
 */
public final class DimonaPreparation {

    private static final String CANDIDATES = """
            with due as materialized (
                -- due and never declared: starting by the horizon, starting after the last night's horizon or
                -- encoded since the day before it (neverDeclaredWindow);
                -- nothing was declared of them, so the row the window finds is all the rules need
                select c.contract_id, c.status, c.version, c.contract_type, c.start_date, c.end_date, c.hours_worked,
                       c.structure_code, c.member_id, c.joint_committee
                  from contract c
                 where c.status = 'ACTIVE' and c.start_date <= ? and c.encoded_on <= ?
                   and (c.start_date > ? or c.encoded_on > ?)
                   -- a probe by key per contract of the window: "not exists" is planned as an anti
                   -- join hashing every declaration ever made (180 ms a night by December, 25 ms so)
                   and (select d.declaration_id from dimona_declaration d
                         where d.contract_id = c.contract_id limit 1) is null
            ),
            changed as (
                -- amended or cancelled in the last week
                select contract_id from contract
                 where (amended_on is not null or cancelled_on is not null)
                   and greatest(amended_on, cancelled_on) > ? - 7 and greatest(amended_on, cancelled_on) <= ?
                union
                -- acknowledged tonight and changed since the declaration acknowledged was made: an update
                -- or cancel may have waited for the period id (unchanged, the rules need nothing of it)
                select d.contract_id from dimona_ack_applied a
                  join dimona_declaration d on d.declaration_id = a.declaration_id
                  join contract c on c.contract_id = d.contract_id and c.version <> d.contract_version
                 where a.business_date = ?
                union
                -- in no file yet (TO_SEND)
                select contract_id from dimona_declaration where file_name is null
            )
            select c.contract_id, c.status, c.version, c.contract_type, c.start_date, c.end_date, c.hours_worked,
                   null::varchar, null::varchar, null::integer, null::bigint, null::date, null::date, null::smallint,
                   c.structure_code, m.niss, c.joint_committee
              from due c
              -- the member by key (limit 1: joined whole, the member table is hashed for ~700 rows)
              cross join lateral (select m.niss from member m where m.member_id = c.member_id limit 1) m
            union all
            -- the others with what was declared of them: the latest declaration, the accepted In's period
            -- id and the terms accepted last (a changed contract never declared is one of the due or,
            -- outside the window, gets nulls here as well)
            select c.contract_id, c.status, c.version, c.contract_type, c.start_date, c.end_date, c.hours_worked,
                   l.kind, l.state, l.contract_version, a.dimona_period_id, s.start_date, s.end_date, s.planned_hours,
                   c.structure_code, c.niss, c.joint_committee
              from changed k
              -- one contract looked up by key per candidate (limit 1 keeps the planner from scanning them all)
              cross join lateral (select c.*, m.niss from contract c join member m on m.member_id = c.member_id
                                   where c.contract_id = k.contract_id limit 1) c
              left join lateral (select d.kind, d.state, d.contract_version from dimona_declaration d
                                  where d.contract_id = c.contract_id order by d.declaration_id desc limit 1) l on true
              left join lateral (select d.dimona_period_id from dimona_declaration d
                                  where d.contract_id = c.contract_id and d.kind = 'IN'
                                    and d.state in ('ACCEPTED', 'ACCEPTED_WARNING')
                                  order by d.declaration_id desc limit 1) a on true
              left join lateral (select d.start_date, d.end_date, d.planned_hours from dimona_declaration d
                                  where d.contract_id = c.contract_id and d.kind in ('IN', 'UPDATE')
                                    and d.state in ('ACCEPTED', 'ACCEPTED_WARNING')
                                  order by d.declaration_id desc limit 1) s on true
             where k.contract_id not in (select contract_id from due)
             order by 5, 1""";

    /** One row per array element, ids drawn in array order (the subquery keeps nextval once a row). */
    private static final String INSERT = """
            insert into dimona_declaration (declaration_id, reference, contract_id, kind, start_date, end_date, late,
                                            created_on, contract_version, structure_code, worker_niss, worker_type,
                                            joint_committee, planned_hours, dimona_period_id)
            overriding system value
            select id, 'DIM' || lpad(id::text, 12, '0'), contract_id, kind, start_date::date, end_date::date, late,
                   created_on::date, contract_version, structure_code, worker_niss, worker_type, joint_committee, planned_hours,
                   dimona_period_id
              from (select nextval(pg_get_serial_sequence('dimona_declaration', 'declaration_id')) as id, d.*
                      from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) with ordinality
                           as d(contract_id, kind, start_date, end_date, late, created_on, contract_version,
                                structure_code, worker_niss, worker_type, joint_committee, planned_hours,
                                dimona_period_id, position)
                     order by position) d""";

    private final JdbcTemplate jdbc;

    public DimonaPreparation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the declarations the business date needs; returns how many. */
    public int prepare(LocalDate businessDate) {
        LocalDate horizon = BelgianBusinessDays.next(businessDate);
        Window window = neverDeclaredWindow(businessDate);
        jdbc.update("""
                delete from dimona_declaration d using contract c
                 where d.contract_id = c.contract_id and d.file_name is null and d.contract_version <> c.version""");
        List<Object[]> inserts = new ArrayList<>();
        // the candidates' date windows move every night: a plan made for the night's dates, not a
        // generic one cached by the driver's prepared statement (which scans whole tables)
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
        jdbc.query(CANDIDATES, rs -> {
            ContractDeclarations.Latest latest = rs.getString(8) == null ? null : new ContractDeclarations.Latest(
                    DeclarationKind.valueOf(rs.getString(8)), DeclarationState.valueOf(rs.getString(9)), rs.getInt(10));
            Long periodId = rs.getObject(11) == null ? null : rs.getLong(11);
            ContractDeclarations.Terms accepted = rs.getObject(12) == null ? null : new ContractDeclarations.Terms(
                    rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class),
                    rs.getObject(14) == null ? null : rs.getInt(14));
            ContractDeclarations contract = new ContractDeclarations(rs.getString(1), "CANCELLED".equals(rs.getString(2)),
                    rs.getInt(3), "STUDENT".equals(rs.getString(4)), rs.getObject(5, LocalDate.class),
                    rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), latest, periodId, accepted);
            Optional<DimonaRules.Needed> needed = DimonaRules.decide(contract, businessDate, horizon);
            if (needed.isPresent()) {
                DimonaRules.Needed n = needed.get();
                inserts.add(new Object[] {contract.contractId(), n.kind().name(),
                        n.terms().start().toString(), n.terms().end().toString(), n.late(), businessDate.toString(),
                        contract.version(), rs.getString(15), rs.getString(16),
                        contract.student() ? DimonaWorkerType.STU.name() : DimonaWorkerType.OTH.name(),
                        rs.getInt(17), n.terms().plannedHours(), n.periodId()});
            }
        }, horizon, businessDate, window.startingAfter(), window.encodedAfter(), businessDate, businessDate, businessDate);
        if (!inserts.isEmpty()) {
            insert(inserts);
        }
        jdbc.update("insert into dimona_night (business_date, declarations) values (?, ?) on conflict do nothing",
                businessDate, inserts.size());
        return inserts.size();
    }

    /** A never-declared contract is looked at when it starts after one date or was encoded after the other. */
    private record Window(LocalDate startingAfter, LocalDate encodedAfter) {
    }

    /**
     * Where the contracts never declared can be, given the last night prepared before this one: that
     * night declared every active contract then stored that starts by its horizon. So a contract
     * still undeclared starts after that horizon, or was stored after that night's preparation, i.e.
     * encoded on that night's date or later (the day before is slack). With no night prepared, a
     * week back for both.
     */
    private Window neverDeclaredWindow(LocalDate businessDate) {
        LocalDate last = jdbc.queryForObject("select max(business_date) from dimona_night where business_date < ?",
                LocalDate.class, businessDate);
        return last == null ? new Window(businessDate.minusDays(7), businessDate.minusDays(7))
                : new Window(BelgianBusinessDays.next(last), last.minusDays(1));
    }

    /**
     * Inserts the night's declarations in one statement, in the order given (their ids, hence the
     * file's creation order, follow it), each with its reference: the id is taken from the table's
     * identity sequence first, so the reference is written with the row instead of by a second
     * update of every new row.
     */
    private void insert(List<Object[]> rows) {
        int n = rows.size();
        Object[][] columns = new Object[13][n];
        for (int i = 0; i < n; i++) {
            Object[] row = rows.get(i);
            for (int c = 0; c < 13; c++) {
                columns[c][i] = row[c];
            }
        }
        // dates travel as text (cast in the statement), small integers as int4
        String[] types = {"text", "text", "text", "text", "bool", "text", "int4", "text", "text", "text", "int4", "int4",
                "int8"};
        Object[] arrays = new Object[13];
        for (int c = 0; c < 13; c++) {
            arrays[c] = new SqlArrayValue(types[c], columns[c]);
        }
        int inserted = jdbc.update(INSERT, arrays);
        if (inserted != n) {
            throw new IllegalStateException(inserted + " DIMONA declarations inserted, " + n + " expected");
        }
    }
}
