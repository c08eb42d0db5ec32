package be.coop.backoffice.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 15 run from the binaries shipped in a Maven artifact, on a data directory that
 * persists between runs so each night builds on the previous one.
 *
 * <p>A run killed without its shutdown hook leaves its postmaster running on the data directory.
 * The directory's lock file is held by the live owner only, so a postmaster found running once the
 * lock is ours is an orphan: it is shut down before the server starts again.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "backoffice";

    /**
     * How a database of the jobs is created: UTF-8, text compared byte by byte (collation "C"). The
     * keys are codes (contract, member, invoice numbers, references) that every index probe and sort
     * compares: PostgreSQL compares "C" text with {@code memcmp} and sorts it with abbreviated keys,
     * any other collation through the C library's {@code strcoll}, even "C.UTF-8", whose order is
     * the same (code points). The order no longer depends on the host's locale either.
     */
    public static final String DATABASE_OPTIONS = "template template0 encoding 'UTF8' lc_collate 'C'";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setDataDirectoryCustomizer(dir -> stopOrphanedPostmaster(dir.toPath()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the library's defaults trade durability for test speed; money wants both on
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL on " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            var rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                statement.execute("create database " + DATABASE + " " + DATABASE_OPTIONS);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE, e);
        }
    }

    static void stopOrphanedPostmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            orphan = lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return; // PostgreSQL itself decides about a stale or unreadable pid file
        }
        orphan.filter(ProcessHandle::isAlive).ifPresent(p -> {
            log.warn("stopping the PostgreSQL server (pid {}) left running on {} by a run that did not end cleanly",
                    p.pid(), dataDirectory);
            p.destroy(); // SIGTERM: smart shutdown, its clients died with their run
            try {
                p.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the PostgreSQL server left running on " + dataDirectory
                        + " (pid " + p.pid() + ") did not stop", e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
