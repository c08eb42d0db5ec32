package be.coop.backoffice.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads (parses and checks) the next statement file on one background thread while the current one
 * is written to the database: reading is plain Java, the import waits on PostgreSQL, and the two
 * overlap on a machine with two cores. Reading writes nothing, so what is read ahead and never
 * imported (a crash, a stop) is simply read again on the restart.
 *
 * <p>All reads run on the one thread, in the order asked, so the reader is never used by two threads
 * at once. Not thread-safe itself: one importing thread calls it.
 */
public final class StatementReadAhead implements AutoCloseable {

    private final StatementFileImporter importer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "statement-read-ahead");
        t.setDaemon(true);
        return t;
    });
    private Path aheadPath;
    private Future<StatementFile> ahead;

    public StatementReadAhead(StatementFileImporter importer) {
        this.importer = importer;
    }

    /**
     * {@code file} read and checked (from the read ahead when it was the file announced last time),
     * after starting to read {@code following} (null when there is none).
     *
     * @throws IOException when {@code file} cannot be read at all
     */
    public StatementFile read(Path file, Path following) throws IOException {
        Future<StatementFile> current = file.equals(aheadPath) ? ahead : submit(file);
        aheadPath = following;
        ahead = following == null ? null : submit(following);
        try {
            return current.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot read " + file, cause);
        }
    }

    private Future<StatementFile> submit(Path file) {
        return thread.submit(() -> {
            try {
                return importer.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
