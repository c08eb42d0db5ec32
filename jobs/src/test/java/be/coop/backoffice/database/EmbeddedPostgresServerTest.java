package be.coop.backoffice.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class EmbeddedPostgresServerTest {

    @TempDir
    Path home;

    @Test
    void theDatabaseComparesTextByteByByteWhateverTheHostsLocale() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home.resolve("pgdata"))) {
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), "postgres", ""));

            assertThat(jdbc.queryForObject("select datcollate from pg_database where datname = current_database()",
                    String.class)).isEqualTo("C");
            assertThat(jdbc.queryForObject("select pg_encoding_to_char(encoding) from pg_database"
                    + " where datname = current_database()", String.class)).isEqualTo("UTF8");
            // code points in order: upper case before lower case, accented letters after 'z'
            List<String> sorted = jdbc.queryForList(
                    "select n from (values ('zoé'), ('Émile'), ('emile'), ('Zoé'), ('K0000010'), ('K0000009')) v(n) order by n",
                    String.class);
            assertThat(sorted).containsExactly("K0000009", "K0000010", "Zoé", "emile", "zoé", "Émile");
        }
    }
}
