package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code sales.csv} into {@code sale}. A new identifier is inserted; a known one is a duplicate,
 * unless the row cancels an active sale ({@code status=CANCELLED}), which the invoicing job then
 * credits. A Contract's sale must name a contract invoiced on its own (not under an Activity) and
 * that contract's client.
 */
class SalesTable implements FeedTable<SaleRow> {

    private record ContractFacts(String activityId, String clientId, String status) {
    }

    private final JdbcTemplate jdbc;
    private final Lookup lookup;

    SalesTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.lookup = new Lookup(jdbc);
    }

    @Override
    public int write(List<RowOutcome.Accepted<SaleRow>> rows, LocalDate businessDate, Rejects rejects) {
        Map<String, String> statusOfSale = lookup.map("sale", "sale_id", "status",
                rows.stream().map(r -> r.row().saleId()).toList());
        var clients = lookup.existing("client", "client_id", rows.stream().map(r -> r.row().clientId()).toList());
        var activities = lookup.existing("activity", "activity_id", rows.stream().map(r -> r.row().activityId()).toList());
        Map<String, ContractFacts> contracts = contracts(rows.stream().map(r -> r.row().contractId()).toList());

        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> cancellations = new ArrayList<>();
        for (RowOutcome.Accepted<SaleRow> r : rows) {
            SaleRow s = r.row();
            String known = statusOfSale.get(s.saleId());
            boolean cancels = "CANCELLED".equals(s.status());
            if (known != null) {
                if (cancels && "ACTIVE".equals(known)) {
                    cancellations.add(new Object[] {businessDate, s.saleId()});
                    statusOfSale.put(s.saleId(), "CANCELLED");
                } else {
                    rejects.reject(r.line(), s.saleId(), "sale_id", s.saleId(),
                            cancels ? "duplicate: sale already cancelled" : "duplicate: sale_id already imported");
                }
                continue;
            }
            int before = rejects.lineCount();
            if (cancels) {
                rejects.reject(r.line(), s.saleId(), "status", s.status(), "cancels a sale that was never imported");
            }
            if (!clients.contains(s.clientId())) {
                rejects.reject(r.line(), s.saleId(), "client_id", s.clientId(), "unknown client");
            }
            if (s.activityId() != null && !activities.contains(s.activityId())) {
                rejects.reject(r.line(), s.saleId(), "activity_id", s.activityId(), "unknown activity");
            }
            if (s.contractId() != null) {
                ContractFacts c = contracts.get(s.contractId());
                if (c == null) {
                    rejects.reject(r.line(), s.saleId(), "contract_id", s.contractId(), "unknown contract");
                } else if (c.activityId() != null) {
                    rejects.reject(r.line(), s.saleId(), "contract_id", s.contractId(),
                            "contract is under activity " + c.activityId() + ": invoice it as a sale of that activity");
                } else if (!c.clientId().equals(s.clientId())) {
                    rejects.reject(r.line(), s.saleId(), "client_id", s.clientId(),
                            "the contract's client is " + c.clientId());
                } else if ("CANCELLED".equals(c.status())) {
                    rejects.reject(r.line(), s.saleId(), "contract_id", s.contractId(), "contract was cancelled");
                }
            }
            if (rejects.lineCount() == before) {
                inserts.add(new Object[] {s.saleId(), s.sourceType(), s.activityId(), s.contractId(), s.clientId(),
                        s.amountExclVat().amount(), s.vatRegime(), s.saleDate(), s.feeExempt(), s.description(),
                        businessDate});
                statusOfSale.put(s.saleId(), "ACTIVE");
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into sale (sale_id, source_type, activity_id, contract_id, client_id, amount_excl_vat,
                                      vat_regime, sale_date, fee_exempt, description, imported_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
        if (!cancellations.isEmpty()) {
            jdbc.batchUpdate("update sale set status = 'CANCELLED', cancelled_on = ? where sale_id = ?", cancellations);
        }
        return inserts.size() + cancellations.size();
    }

    private Map<String, ContractFacts> contracts(List<String> ids) {
        Map<String, ContractFacts> found = new HashMap<>();
        jdbc.query("select contract_id, activity_id, client_id, status from contract where contract_id = any(?)",
                rs -> {
                    found.put(rs.getString(1), new ContractFacts(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, (Object) ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(String[]::new));
        return found;
    }
}
