package be.coop.backoffice.sample;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The generated inbox read back from disk with Commons CSV, knowing nothing of the generator:
 * every row of every feed with the business date of the folder it was found in, and the header
 * of every file.
 */
final class Inbox {

    static final String[] FEEDS = {"members.csv", "clients.csv", "activities.csv", "contracts.csv", "sales.csv",
            "expenses.csv", "leasing.csv", "accidents.csv"};

    /** A row and the business date of the folder holding it; {@code line} counts in reading order. */
    record Row(LocalDate day, long line, CSVRecord record) {

        String get(String column) {
            return record.get(column);
        }

        BigDecimal decimal(String column) {
            return new BigDecimal(record.get(column));
        }

        int integer(String column) {
            return Integer.parseInt(record.get(column));
        }

        LocalDate date(String column) {
            return LocalDate.parse(record.get(column));
        }

        boolean isCancellation() {
            return "CANCELLED".equals(record.get("status"));
        }
    }

    final Map<String, List<Row>> rows = new LinkedHashMap<>();
    final Map<String, List<List<String>>> headers = new LinkedHashMap<>();
    final List<LocalDate> days = new ArrayList<>();

    static Inbox read(Path inbox) {
        Inbox in = new Inbox();
        for (String feed : FEEDS) {
            in.rows.put(feed, new ArrayList<>());
            in.headers.put(feed, new ArrayList<>());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        long line = 0;
        try (Stream<Path> folders = Files.list(inbox)) {
            for (Path folder : folders.sorted().toList()) {
                LocalDate day = LocalDate.parse(folder.getFileName().toString());
                in.days.add(day);
                for (String feed : FEEDS) {
                    Path file = folder.resolve(feed);
                    if (!Files.exists(file)) {
                        continue;
                    }
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                         CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                        in.headers.get(feed).add(parser.getHeaderNames());
                        for (CSVRecord record : parser) {
                            in.rows.get(feed).add(new Row(day, line++, record));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return in;
    }

    List<Row> all(String feed) {
        return rows.get(feed);
    }

    /**
     * The rows of {@code contracts.csv} or {@code sales.csv} still standing at year end: a later
     * CANCELLED row with the same identifier withdraws the earlier one.
     */
    Map<String, Row> standing(String feed, String idColumn) {
        Map<String, Row> byId = new LinkedHashMap<>();
        for (Row row : rows.get(feed)) {
            if (row.isCancellation()) {
                byId.remove(row.get(idColumn));
            } else {
                byId.put(row.get(idColumn), row);
            }
        }
        return byId;
    }

    /** First row of each identifier in a feed (where it is introduced). */
    Map<String, Row> introduced(String feed, String idColumn) {
        Map<String, Row> byId = new LinkedHashMap<>();
        for (Row row : rows.get(feed)) {
            byId.putIfAbsent(row.get(idColumn), row);
        }
        return byId;
    }
}
