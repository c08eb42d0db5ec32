package be.coop.backoffice.imports;

import java.util.Map;

/**
 * One data line of a feed file: its 1-based line number in the file (the header is line 1) and
 * its values by column name. {@code lineProblem} is set when the line cannot be read as a row:
 * the file's header lacks a required column (then every line of the file carries it), or the
 * line has another number of fields than the header.
 */
public record CsvRow(String file, int line, Map<String, String> values, FieldError lineProblem) {

    /** The trimmed value of a column, or null when the column is absent or the field is empty. */
    public String get(String column) {
        String value = values.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
