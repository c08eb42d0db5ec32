package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rejected lines of one chunk, written to {@code import_reject} in the chunk's transaction. */
public final class Rejects {

    private record Entry(int line, int errorNo, String recordId, FieldError error) {
    }

    private final List<Entry> entries = new ArrayList<>();
    /** Per rejected line, the number of its last error: a line may collect errors from several checks. */
    private final Map<Integer, Integer> errorsOfLine = new HashMap<>();

    public void reject(int line, String recordId, List<FieldError> errors) {
        int n = errorsOfLine.getOrDefault(line, 0);
        for (FieldError error : errors) {
            entries.add(new Entry(line, ++n, recordId, error));
        }
        errorsOfLine.put(line, n);
    }

    public void reject(int line, String recordId, String field, String value, String rule) {
        reject(line, recordId, List.of(new FieldError(field, value, rule)));
    }

    public boolean contains(int line) {
        return errorsOfLine.containsKey(line);
    }

    /** Lines rejected, whatever the number of errors on each. */
    public int lineCount() {
        return errorsOfLine.size();
    }

    void insert(JdbcTemplate jdbc, LocalDate businessDate, String feed, String file) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into import_reject (business_date, feed, file_name, line, error_no, record_id, field, value, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, e) -> {
            ps.setObject(1, businessDate);
            ps.setString(2, feed);
            ps.setString(3, file);
            ps.setInt(4, e.line);
            ps.setInt(5, e.errorNo);
            ps.setString(6, e.recordId);
            ps.setString(7, e.error.field());
            ps.setString(8, e.error.value());
            ps.setString(9, e.error.rule());
        });
    }
}
