package be.coop.backoffice.invoicing;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@code issueDocumentsStep}, from its start to its end: the invoicing lock, the
 * numbering, and the chunks being written.
 *
 * <p><b>One run at a time.</b> The run holds a session-level advisory lock on a connection of its
 * own from its start to its end. A second run (a manual {@code invoicingJob} beside the nightly
 * chain, another process) waits at its start until the first has ended, then reads what is left,
 * usually nothing. A killed run's lock goes with its connection.
 *
 * <p><b>Two chunks written at once.</b> A chunk is numbered on the step's thread (in the reading
 * order, {@link InvoiceNumbering}) and written on one of two writer threads, each chunk in a
 * transaction of its own on a connection of its own, while the step reads and drafts the next
 * chunk. {@link #submit} returns once the chunk before has committed, so at most two chunks are in
 * flight and the database works on both at once (about 1.7 times the rate of one connection on
 * two cores). A chunk's counter moves are its last statements and wait for the chunk before it
 * to commit; a chunk whose predecessor failed fails too ({@link DocumentWriter}), so chunks
 * commit in their order. The committed
 * documents of each structure are therefore always those read first, numbered 1..n: a run killed
 * at any point and run again gives the remaining items the numbers an uninterrupted run would
 * have given them.
 */
final class IssuingRun implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IssuingRun.class);
    private static final String LOCK = "select pg_advisory_lock(hashtext('backoffice-invoicing'))";
    private static final String UNLOCK = "select pg_advisory_unlock(hashtext('backoffice-invoicing'))";

    private final DataSource dataSource;
    private final DocumentWriter writer;
    private final LocalDate businessDate;
    private final Connection lockConnection;
    private final InvoiceNumbering numbering;
    private final ExecutorService writers;
    private Future<DocumentWriter.Written> inFlight;
    private RegisterJournal journal;

    private IssuingRun(DataSource dataSource, DocumentWriter writer, LocalDate businessDate, Connection lockConnection) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.businessDate = businessDate;
        this.lockConnection = lockConnection;
        this.numbering = new InvoiceNumbering(businessDate.getYear(), this::counterAtStart);
        AtomicInteger threads = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "invoicing-writer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Takes the invoicing lock, waiting for a run in progress to end; then, if no document is issued
     * on the business date yet, opens the day's register to be written as the chunks commit
     * ({@link RegisterJournal}).
     */
    static IssuingRun start(DataSource dataSource, DocumentWriter writer, LocalDate businessDate, Path register) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(LOCK);
                }
                try {
                    IssuingRun run = new IssuingRun(dataSource, writer, businessDate, connection);
                    if (nothingIssuedOn(connection, businessDate)) {
                        run.journal = RegisterJournal.open(businessDate, register);
                    }
                    return run;
                } catch (SQLException | RuntimeException e) {
                    // the lock is the session's: a pooled connection would keep it after close
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(UNLOCK);
                    }
                    throw e;
                }
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the invoicing lock: " + e.getMessage(), e);
        }
    }

    private static boolean nothingIssuedOn(Connection connection, LocalDate date) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select not exists (select 1 from invoice where issue_date = ?)")) {
            ps.setObject(1, date);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    InvoiceNumbering.Batch number(List<InvoiceDraft> drafts) {
        return numbering.number(drafts);
    }

    /**
     * Hands a numbered chunk to a writer thread and waits for the chunk before it to commit.
     *
     * @return the counts of the chunk before, now committed ({@code NOTHING} for the first)
     * @throws IllegalStateException if the chunk before failed (this one then fails too)
     */
    DocumentWriter.Written submit(InvoiceNumbering.Batch batch, List<RefusedSale> refusals) {
        Future<DocumentWriter.Written> previous = inFlight;
        inFlight = writers.submit(() -> writeInTransaction(batch, refusals, () -> await(previous)));
        return await(previous);
    }

    /** Waits for the last chunk handed in to commit; its counts ({@code NOTHING} if none). */
    DocumentWriter.Written drain() {
        Future<DocumentWriter.Written> last = inFlight;
        inFlight = null;
        return await(last);
    }

    private DocumentWriter.Written writeInTransaction(InvoiceNumbering.Batch batch, List<RefusedSale> refusals,
                                                      Runnable previousCommitted) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DocumentWriter.Written written = writer.write(connection, businessDate, batch, refusals,
                        previousCommitted);
                connection.commit();
                if (journal != null) {
                    journal.committed(batch.documents());
                }
                return written;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private DocumentWriter.Written await(Future<DocumentWriter.Written> chunk) {
        if (chunk == null) {
            return DocumentWriter.Written.NOTHING;
        }
        try {
            return chunk.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (journal != null) {
                journal.drop("a chunk failed");
            }
            throw new IllegalStateException("writing a chunk of invoices failed: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a chunk of invoices was written", e);
        }
    }

    /** The structure's last committed number of the business year; creates its counter at 0 if the year has none. */
    private int counterAtStart(String structureCode) {
        int year = businessDate.getYear();
        try (PreparedStatement create = lockConnection.prepareStatement("""
                insert into invoice_number_counter (structure_code, year, last_number) values (?, ?, 0)
                on conflict (structure_code, year) do nothing""");
             PreparedStatement read = lockConnection.prepareStatement(
                     "select last_number from invoice_number_counter where structure_code = ? and year = ?")) {
            create.setString(1, structureCode);
            create.setInt(2, year);
            create.executeUpdate();
            read.setString(1, structureCode);
            read.setInt(2, year);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the invoice number counter of " + structureCode + " "
                    + year + ": " + e.getMessage(), e);
        }
    }

    /** Takes the connection out of the pool and closes it, so the session and its lock end. */
    private void evict(Connection connection) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
            } else {
                connection.close();
            }
        } catch (SQLException e) {
            log.warn("{} invoicing: closing the lock's connection failed: {}", businessDate, e.getMessage());
        }
    }

    /**
     * The register written as the run went, for the register step, once every chunk has committed
     * ({@link #drain}); {@code null} if the run did not write one.
     */
    RegisterJournal handOverRegister() {
        RegisterJournal handed = journal;
        journal = null;
        return handed;
    }

    /**
     * Waits for the chunks still being written (their failures are the step's already), drops a
     * register not handed over, then releases the lock.
     */
    @Override
    public void close() {
        writers.shutdown();
        try {
            if (!writers.awaitTermination(10, TimeUnit.MINUTES)) {
                log.error("{} invoicing: chunks still being written after 10 minutes", businessDate);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (journal != null) {
            journal.close();
        }
        try (Statement statement = lockConnection.createStatement()) {
            statement.execute(UNLOCK);
            lockConnection.close();
        } catch (SQLException e) {
            log.warn("{} invoicing: releasing the invoicing lock failed ({}); its connection is closed for good",
                    businessDate, e.getMessage());
            evict(lockConnection);
        }
    }
}
