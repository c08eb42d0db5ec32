package be.coop.backoffice.common.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The outbox's CSV files: UTF-8, {@code ;}-delimited, RFC 4180 quoting, a header row, streamed into
 * a temporary file moved into place, so a reader never sees half a file and a re-run rewrites the
 * same file.
 */
public final class CsvFile {

    /** Receives the rows of the file, one call a row. */
    public interface Rows {
        void row(Object... values);
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    private CsvFile() {
    }

    /** Commons CSV counts the header among the records it printed. */
    private static long rowsBelowHeader(CSVPrinter csv) {
        return csv.getRecordCount() - 1;
    }

    /** Writes {@code target} with {@code header} and the rows {@code body} hands over; returns the row count. */
    public static long write(Path target, String[] header, Consumer<Rows> body) {
        try {
            Path directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            // a fixed name: a run killed mid-write leaves one .part file, which the re-run overwrites
            Path temporary = directory.resolve(target.getFileName() + ".part");
            long count;
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, FORMAT.builder().setHeader(header).get())) {
                body.accept(values -> {
                    try {
                        csv.printRecord(values);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                count = rowsBelowHeader(csv);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
