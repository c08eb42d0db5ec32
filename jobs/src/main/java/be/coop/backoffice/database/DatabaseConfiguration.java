package be.coop.backoffice.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one {@link DataSource}: the PostgreSQL at {@code backoffice.db.url} (environment
 * {@code BACKOFFICE_DB_URL}, with {@code BACKOFFICE_DB_USER} / {@code BACKOFFICE_DB_PASSWORD}) when
 * set, otherwise the embedded server on {@code <backoffice.home>/pgdata}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Started only when no external database is configured; closed after the pool. */
    @Bean(destroyMethod = "close")
    public EmbeddedPostgresHolder embeddedPostgres(Environment environment) {
        if (externalUrl(environment) != null) {
            return new EmbeddedPostgresHolder(null);
        }
        Path home = Path.of(environment.getProperty("backoffice.home", "var"));
        Path data = home.resolve("pgdata").toAbsolutePath();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
        log.info("embedded PostgreSQL 15 on port {}, data in {}", server.port(), data);
        return new EmbeddedPostgresHolder(server);
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(Environment environment, EmbeddedPostgresHolder embedded) {
        HikariConfig config = new HikariConfig();
        String url = externalUrl(environment);
        if (url != null) {
            config.setJdbcUrl(url);
            config.setUsername(environment.getProperty("backoffice.db.user"));
            config.setPassword(environment.getProperty("backoffice.db.password"));
        } else {
            config.setJdbcUrl(embedded.server().jdbcUrl());
            config.setUsername("postgres");
        }
        config.setMaximumPoolSize(environment.getProperty("backoffice.db.pool-size", Integer.class, 10));
        config.setPoolName("backoffice");
        return new HikariDataSource(config);
    }

    static String externalUrl(Environment environment) {
        String url = environment.getProperty("backoffice.db.url");
        return url == null || url.isBlank() ? null : url;
    }

    /** Holds the embedded server, or nothing when an external database is used. */
    public record EmbeddedPostgresHolder(EmbeddedPostgresServer server) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }
}
