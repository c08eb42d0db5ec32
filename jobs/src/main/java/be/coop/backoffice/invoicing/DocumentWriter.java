package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.io.SqlResource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one chunk of drafts in the caller's transaction: numbers them, inserts the documents with
 * their line, fee and ledger entries, records the refusals. A handful of statements per chunk,
 * whatever its size:
 * <ol>
 * <li>a transaction-scoped advisory lock, so two processes invoicing at once take turns chunk by
 *     chunk;</li>
 * <li>one query for the chunk's sales that meanwhile got their document from another process
 *     (after the lock, so it sees that process's commit): they are passed over, never doubled;</li>
 * <li>per structure in the chunk, one increment of its {@code invoice_number_counter} row, which
 *     stays locked until commit: numbers are given in the chunk's order, and a rolled-back chunk
 *     gives its numbers back, so there is never a gap;</li>
 * <li>one insert statement for everything else ({@code issue-documents.sql}).</li>
 * </ol>
 */
final class DocumentWriter {

    private static final Logger log = LoggerFactory.getLogger(DocumentWriter.class);

    private final JdbcTemplate jdbc;
    private final String issueDocumentsSql;

    DocumentWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.issueDocumentsSql = SqlResource.load(DocumentWriter.class, "issue-documents.sql");
    }

    /** Counts of one chunk. */
    record Written(int documents, int refused, int passedOver) {
    }

    Written write(List<? extends DraftOutcome> chunk, LocalDate businessDate) {
        jdbc.execute("select pg_advisory_xact_lock(hashtext('backoffice-invoicing'))");
        Set<String> done = alreadyDone(chunk);

        List<InvoiceDraft> drafts = new ArrayList<>();
        List<Object[]> refusals = new ArrayList<>();
        int passedOver = 0;
        for (DraftOutcome outcome : chunk) {
            if (outcome instanceof RefusedSale refused) {
                refusals.add(new Object[] {businessDate, refused.saleId(), refused.reason()});
            } else if (outcome instanceof InvoiceDraft draft) {
                if (done.contains(key(draft.saleId(), draft.kind()))) {
                    passedOver++;
                } else {
                    drafts.add(draft);
                }
            }
        }
        if (passedOver > 0) {
            log.warn("{} of {} documents of this chunk were issued meanwhile by another run; passed over",
                    passedOver, chunk.size());
        }
        if (!refusals.isEmpty()) {
            jdbc.batchUpdate("insert into invoicing_reject (business_date, sale_id, reason) values (?, ?, ?)"
                    + " on conflict (business_date, sale_id) do update set reason = excluded.reason", refusals);
        }
        if (!drafts.isEmpty()) {
            insert(number(drafts, businessDate.getYear()), businessDate);
        }
        return new Written(drafts.size(), refusals.size(), passedOver);
    }

    private Set<String> alreadyDone(List<? extends DraftOutcome> chunk) {
        String[] saleIds = chunk.stream().filter(InvoiceDraft.class::isInstance).map(DraftOutcome::saleId)
                .distinct().toArray(String[]::new);
        Set<String> done = new HashSet<>();
        if (saleIds.length > 0) {
            jdbc.query("select sale_id, amount_excl_vat > 0 from invoice_line where sale_id = any(?)",
                    rs -> {
                        done.add(key(rs.getString(1), rs.getBoolean(2) ? DocumentKind.INVOICE : DocumentKind.CREDIT_NOTE));
                    }, (Object) saleIds);
        }
        return done;
    }

    private static String key(String saleId, DocumentKind kind) {
        return kind + ":" + saleId;
    }

    /** The drafts with their numbers, in the chunk's order; one counter increment per structure. */
    private List<Numbered> number(List<InvoiceDraft> drafts, int year) {
        Map<String, List<InvoiceDraft>> byStructure = new LinkedHashMap<>();
        for (InvoiceDraft draft : drafts) {
            byStructure.computeIfAbsent(draft.structureCode(), s -> new ArrayList<>()).add(draft);
        }
        List<Numbered> numbered = new ArrayList<>(drafts.size());
        byStructure.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<InvoiceDraft> ofStructure = e.getValue();
            Integer last = jdbc.queryForObject("""
                    insert into invoice_number_counter (structure_code, year, last_number) values (?, ?, ?)
                    on conflict (structure_code, year)
                    do update set last_number = invoice_number_counter.last_number + excluded.last_number
                    returning last_number""", Integer.class, e.getKey(), year, ofStructure.size());
            int next = last - ofStructure.size() + 1;
            for (InvoiceDraft draft : ofStructure) {
                numbered.add(new Numbered(draft, draft.number(next++)));
            }
        });
        return numbered;
    }

    private record Numbered(InvoiceDraft draft, InvoiceNumber number) {
    }

    private void insert(List<Numbered> documents, LocalDate issueDate) {
        int n = documents.size();
        String[][] columns = new String[21][n];
        for (int i = 0; i < n; i++) {
            InvoiceDraft d = documents.get(i).draft();
            InvoiceNumber number = documents.get(i).number();
            boolean creditNote = d.kind() == DocumentKind.CREDIT_NOTE;
            String[] row = {
                    number.formatted(), d.structureCode(), Integer.toString(number.numberInYear()), d.kind().name(),
                    d.creditedInvoiceId() == null ? null : d.creditedInvoiceId().toString(), d.clientId(),
                    d.dueDate().toString(), d.amountExclVat().toString(), d.vatAmount().toString(),
                    number.communication(d.communicationDigit()).digits(), d.sourceType(), d.sourceId(), d.saleId(),
                    d.description(), d.vatTreatment().name(), d.vatTreatment().rate().toPlainString(), d.activityId(),
                    Boolean.toString(d.feeExempt()), d.feeRate().toPlainString(), d.feeAmount().toString(),
                    // a credit note is settled at once against the invoice it cancels
                    creditNote ? "PAID" : "OPEN"};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
        }
        Integer inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(issueDocumentsSql)) {
                for (int c = 0; c < columns.length; c++) {
                    ps.setArray(c + 1, textArray(connection, columns[c]));
                }
                ps.setObject(columns.length + 1, issueDate);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        if (inserted == null || inserted != n) {
            throw new IllegalStateException("inserted " + inserted + " documents of " + n);
        }
    }

    private static Array textArray(Connection connection, String[] values) throws java.sql.SQLException {
        return connection.createArrayOf("text", values);
    }
}
