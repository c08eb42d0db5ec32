package be.coop.backoffice.testing;

import be.coop.backoffice.database.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real embedded PostgreSQL 15 for the whole test run, started on first use; each test class
 * that needs a clean state takes a fresh database of its own in it.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger databases = new AtomicInteger();

    private TestDatabase() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                // every cached Spring test context keeps a pool of up to 10 connections (application.yml):
                // PostgreSQL's default of 100 would be close once the suite has built a dozen
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    /** Creates an empty database and returns its JDBC URL (user postgres, no password). */
    public static String newDatabase(String prefix) {
        String name = (prefix + "_" + databases.incrementAndGet()).toLowerCase();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " " + EmbeddedPostgresServer.DATABASE_OPTIONS);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** Points a Spring test context at a new database of its own: call from a {@code @DynamicPropertySource}. */
    public static void register(DynamicPropertyRegistry registry, String prefix) {
        String url = newDatabase(prefix);
        registry.add("backoffice.db.url", () -> url);
        registry.add("backoffice.db.user", () -> "postgres");
    }
}
