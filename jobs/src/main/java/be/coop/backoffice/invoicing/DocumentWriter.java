package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.io.SqlResource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Writes one numbered chunk on the connection it is given, in that connection's transaction, which
 * the caller commits: a handful of statements per chunk, whatever its size.
 * <ol>
 * <li>one insert statement for the documents with their line, fee and ledger entries
 *     ({@code issue-documents.sql}), and one update of the credited invoices' status if the chunk
 *     holds credit notes;</li>
 * <li>one batch for the refused sales, if any;</li>
 * <li>once the chunk numbered before this one has committed, per structure in the chunk, the move
 *     of its {@code invoice_number_counter} row from the number the chunk follows to its last
 *     number. The move is refused unless the counter stands exactly at the number the chunk
 *     follows, so a chunk never commits after an earlier chunk of the run failed, and committed
 *     numbers never leave a gap.</li>
 * </ol>
 * Each sale is invoiced once and credited once whatever happens: {@code invoice_line_sale_once}.
 */
final class DocumentWriter {

    private final String issueDocumentsSql;

    DocumentWriter() {
        this.issueDocumentsSql = SqlResource.load(DocumentWriter.class, "issue-documents.sql");
    }

    /** Counts of one chunk. */
    record Written(int documents, int refused) {
        static final Written NOTHING = new Written(0, 0);

        Written plus(Written other) {
            return new Written(documents + other.documents, refused + other.refused);
        }
    }

    /**
     * @param previousCommitted returns once the chunk numbered before this one has committed and
     *                          throws if it failed; called before the counter moves, so two chunks can
     *                          insert at once but commit in their order
     */
    Written write(Connection connection, LocalDate businessDate, InvoiceNumbering.Batch batch,
                  List<RefusedSale> refusals, Runnable previousCommitted) throws SQLException {
        if (!batch.documents().isEmpty()) {
            insert(connection, batch.documents(), businessDate);
        }
        if (!refusals.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "insert into invoicing_reject (business_date, sale_id, reason) values (?, ?, ?)"
                            + " on conflict (business_date, sale_id) do update set reason = excluded.reason")) {
                for (RefusedSale refused : refusals) {
                    ps.setObject(1, businessDate);
                    ps.setString(2, refused.saleId());
                    ps.setString(3, refused.reason());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        previousCommitted.run();
        for (InvoiceNumbering.Move move : batch.moves()) {
            moveCounter(connection, move);
        }
        return new Written(batch.documents().size(), refusals.size());
    }

    /**
     * Moves the counter only if it stands at {@code from}. The row is found by its key alone, so the
     * statement waits for a transaction still holding it and then sees that transaction's value
     * (a condition on {@code last_number} in the where clause would be judged on the value before,
     * without waiting).
     */
    private static void moveCounter(Connection connection, InvoiceNumbering.Move move) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                update invoice_number_counter
                   set last_number = case when last_number = ? then ? else last_number end
                 where structure_code = ? and year = ?
                returning last_number""")) {
            ps.setInt(1, move.from());
            ps.setInt(2, move.to());
            ps.setString(3, move.structureCode());
            ps.setInt(4, move.year());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != move.to()) {
                    throw new IllegalStateException(("numbers %s %d: %d..%d follow number %d, which is not the last"
                            + " one committed (an earlier chunk of the run was not written); nothing of this chunk"
                            + " is written").formatted(move.structureCode(), move.year(), move.from() + 1, move.to(),
                            move.from()));
                }
            }
        }
    }

    private void insert(Connection connection, List<InvoiceNumbering.Numbered> documents, LocalDate issueDate)
            throws SQLException {
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
        int inserted;
        try (PreparedStatement ps = connection.prepareStatement(issueDocumentsSql)) {
            for (int c = 0; c < columns.length; c++) {
                ps.setArray(c + 1, textArray(connection, columns[c]));
            }
            ps.setObject(columns.length + 1, issueDate);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                inserted = rs.getInt(1);
            }
        }
        if (inserted != n) {
            throw new IllegalStateException("inserted " + inserted + " documents of " + n);
        }
        Long[] credited = documents.stream().map(d -> d.draft().creditedInvoiceId()).filter(Objects::nonNull)
                .toArray(Long[]::new);
        if (credited.length > 0) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "update invoice set status = 'CREDITED' where invoice_id = any(?)")) {
                ps.setArray(1, connection.createArrayOf("bigint", credited));
                int updated = ps.executeUpdate();
                if (updated != credited.length) {
                    throw new IllegalStateException("credited " + updated + " invoices of " + credited.length);
                }
            }
        }
    }

    private static Array textArray(Connection connection, String[] values) throws java.sql.SQLException {
        return connection.createArrayOf("text", values);
    }
}
