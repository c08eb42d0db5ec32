package be.coop.backoffice.common.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of the operators' configuration files under {@code config/}: UTF-8, {@code ;}
 * delimited, lines starting with {@code #} and blank lines ignored, the first other line is the
 * header, fields are trimmed and never quoted (so a field cannot contain {@code ;}). Every error
 * names the file and the line, so an operator can fix it without reading code.
 */
public final class ConfigTable {

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private ConfigTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    public static ConfigTable read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static ConfigTable parse(String source, Reader reader) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(trimmed);
                if (header == null) {
                    header = fields;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new ConfigException(source + " line " + lineNumber + ": " + fields.size()
                            + " fields where the header has " + header.size() + " (" + String.join(";", header) + ")");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), fields.get(i));
                }
                rows.add(new Row(source, lineNumber, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (header == null) {
            throw new ConfigException(source + ": no header line");
        }
        return new ConfigTable(source, List.copyOf(header), List.copyOf(rows));
    }

    /** Refuses the file when one of the columns is missing from its header. */
    public ConfigTable requireColumns(String... columns) {
        for (String column : columns) {
            if (!header.contains(column)) {
                throw new ConfigException(source + ": missing column '" + column + "' in header " + header);
            }
        }
        return this;
    }

    public String source() {
        return source;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * One value per row, keyed by the row's {@code keyColumn}, in file order; {@code parse} turns a
     * row into its value (an identifier that breaks its rule is reported with the row's line), and a
     * key listed twice is an error naming its line.
     */
    public <T> Map<String, T> byKey(String keyColumn, java.util.function.Function<Row, T> parse) {
        Map<String, T> byKey = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
            String key = row.required(keyColumn);
            T value;
            try {
                value = parse.apply(row);
            } catch (be.coop.backoffice.common.InvalidIdentifierException e) {
                throw row.error(e.getMessage());
            }
            if (byKey.putIfAbsent(key, value) != null) {
                throw row.error(keyColumn + " " + key + " is listed twice");
            }
        }
        return byKey;
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        for (String field : line.split(";", -1)) {
            fields.add(field.trim());
        }
        return fields;
    }

    /** One data line; its accessors fail with the file, line and column in the message. */
    public record Row(String source, int line, Map<String, String> values) {

        public String required(String column) {
            String value = values.get(column);
            if (value == null || value.isEmpty()) {
                throw error("column '" + column + "' is empty");
            }
            return value;
        }

        public Optional<String> optional(String column) {
            String value = values.get(column);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        public BigDecimal decimal(String column) {
            String value = required(column);
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw error("column '" + column + "' is not a decimal number with a dot: '" + value + "'");
            }
        }

        public int integer(String column) {
            String value = required(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error("column '" + column + "' is not a whole number: '" + value + "'");
            }
        }

        public ConfigException error(String message) {
            return new ConfigException(source + " line " + line + ": " + message);
        }
    }
}
