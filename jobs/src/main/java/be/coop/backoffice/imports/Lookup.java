package be.coop.backoffice.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk look-ups by identifier: one query for a whole chunk. Table and column names are constants
 * of the feed classes, never input; the identifiers looked up are always bound parameters.
 */
final class Lookup {

    private final JdbcTemplate jdbc;

    Lookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of {@code ids} exist in {@code table.column}. Table and column are code constants. */
    Set<String> existing(String table, String column, Collection<String> ids) {
        String[] array = ids.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Set<String> found = new HashSet<>();
        if (array.length > 0) {
            jdbc.query("select " + column + " from " + table + " where " + column + " = any(?)",
                    rs -> {
                        found.add(rs.getString(1));
                    }, (Object) array);
        }
        return found;
    }

    /** {@code key -> value} for the {@code ids} found in {@code table.keyColumn}. */
    Map<String, String> map(String table, String keyColumn, String valueColumn, Collection<String> ids) {
        String[] array = ids.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> found = new HashMap<>();
        if (array.length > 0) {
            jdbc.query("select " + keyColumn + ", " + valueColumn + " from " + table + " where " + keyColumn + " = any(?)",
                    rs -> {
                        found.put(rs.getString(1), rs.getString(2));
                    }, (Object) array);
        }
        return found;
    }
}
