package be.coop.backoffice.common.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The outbox's CSV files: UTF-8, {@code ;}-delimited, RFC 4180 quoting, a header row, streamed into
 * a temporary file, forced to disk and moved into place ({@link AtomicFile}), so a reader never sees
 * half a file, a re-run rewrites the same file and a file recorded as written survives a power cut.
 */
public final class CsvFile {

    /** Receives the rows of the file, one call a row. */
    public interface Rows {
        void row(Object... values);
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    private CsvFile() {
    }

    /**
     * Opens {@code target} to be written row by row over time (into {@code <target>.part}, see
     * {@link AtomicFile}): it appears with all its rows on {@link Open#commit}, or not at all.
     */
    public static Open open(Path target, String[] header) {
        AtomicFile.Pending file = AtomicFile.create(target);
        try {
            return new Open(target, file, new CSVPrinter(file.writer(), FORMAT.builder().setHeader(header).get()));
        } catch (IOException e) {
            file.close();
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** A CSV file being written; {@link #close} without {@link #commit} deletes what was written. */
    public static final class Open implements Rows, AutoCloseable {

        private final Path target;
        private final AtomicFile.Pending file;
        private final CSVPrinter csv;

        private Open(Path target, AtomicFile.Pending file, CSVPrinter csv) {
            this.target = target;
            this.file = file;
            this.csv = csv;
        }

        @Override
        public void row(Object... values) {
            try {
                csv.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }

        /** Rows written so far, the header not counted (Commons CSV counts it among its records). */
        public long rows() {
            return csv.getRecordCount() - 1;
        }

        /** Forces the rows to disk and moves the file into place. */
        public void commit() {
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
            file.commit();
        }

        @Override
        public void close() {
            file.close();
        }
    }

    /** Writes {@code target} with {@code header} and the rows {@code body} hands over; returns the row count. */
    public static long write(Path target, String[] header, Consumer<Rows> body) {
        try (Open csv = open(target, header)) {
            body.accept(csv);
            csv.commit();
            return csv.rows();
        }
    }
}
