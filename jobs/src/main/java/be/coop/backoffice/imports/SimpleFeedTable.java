package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A feed whose rows are only ever inserted: a known identifier is a duplicate, each reference must
 * point to an existing row, and {@link #check} may add rules that need other tables' data.
 */
abstract class SimpleFeedTable<T> implements FeedTable<T> {

    /** A column of the row that must name an existing row of {@code table.column}. */
    record Reference<T>(String field, Function<T, String> value, String table, String column, String what) {
    }

    protected final JdbcTemplate jdbc;
    protected final Lookup lookup;
    private final String table;
    private final String idColumn;
    private final Function<T, String> id;
    private final List<Reference<T>> references;

    SimpleFeedTable(JdbcTemplate jdbc, String table, String idColumn, Function<T, String> id, List<Reference<T>> references) {
        this.jdbc = jdbc;
        this.lookup = new Lookup(jdbc);
        this.table = table;
        this.idColumn = idColumn;
        this.id = id;
        this.references = references;
    }

    protected abstract String insertSql();

    protected abstract Object[] insertValues(T row, LocalDate businessDate);

    /** Rules that need data of other tables, fetched once for the whole chunk; returns the rows' errors. */
    protected void check(List<RowOutcome.Accepted<T>> rows, Rejects rejects) {
    }

    @Override
    public int write(List<RowOutcome.Accepted<T>> rows, LocalDate businessDate, Rejects rejects) {
        Set<String> known = lookup.existing(table, idColumn, rows.stream().map(r -> id.apply(r.row())).toList());
        List<Set<String>> existingRefs = new ArrayList<>();
        for (Reference<T> ref : references) {
            existingRefs.add(lookup.existing(ref.table(), ref.column(), rows.stream().map(r -> ref.value().apply(r.row())).toList()));
        }
        List<RowOutcome.Accepted<T>> candidates = new ArrayList<>();
        for (RowOutcome.Accepted<T> r : rows) {
            String key = id.apply(r.row());
            if (!known.add(key)) {
                rejects.reject(r.line(), key, idColumn, key, "duplicate: " + idColumn + " already imported");
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < references.size(); i++) {
                Reference<T> ref = references.get(i);
                String value = ref.value().apply(r.row());
                if (value != null && !existingRefs.get(i).contains(value)) {
                    rejects.reject(r.line(), key, ref.field(), value, "unknown " + ref.what());
                    ok = false;
                }
            }
            if (ok) {
                candidates.add(r);
            } else {
                known.remove(key);
            }
        }
        check(candidates, rejects);
        List<Object[]> batch = new ArrayList<>();
        for (RowOutcome.Accepted<T> r : candidates) {
            if (!rejects.contains(r.line())) {
                batch.add(insertValues(r.row(), businessDate));
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(insertSql(), batch);
        }
        return batch.size();
    }


}
