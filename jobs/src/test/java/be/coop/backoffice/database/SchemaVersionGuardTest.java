package be.coop.backoffice.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.coop.backoffice.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class SchemaVersionGuardTest {

    private static Flyway flyway(String url) {
        return Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration")
                .outOfOrder(true).load();
    }

    @Test
    void aDatabaseMigratedByThisVersionPasses() {
        Flyway flyway = flyway(TestDatabase.newDatabase("schema_guard"));
        flyway.migrate();

        assertThatCode(() -> SchemaVersionGuard.check(flyway)).doesNotThrowAnyException();
    }

    @Test
    void aDatabaseMigratedByANewerVersionIsRefusedNamingTheMigration() throws Exception {
        String url = TestDatabase.newDatabase("schema_guard");
        Flyway flyway = flyway(url);
        flyway.migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
            s.execute("""
                    insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                                                       installed_by, execution_time, success)
                    select max(installed_rank) + 1, '999', 'reminders schema', 'SQL', 'V999__reminders_schema.sql', 0,
                           'postgres', 1, true
                      from flyway_schema_history""");
        }
        flyway.migrate();

        assertThatThrownBy(() -> SchemaVersionGuard.check(flyway))
                .hasMessage("the database holds migrations this version of the jobs does not know (V999 reminders"
                        + " schema): it was migrated by a newer version; run that version");
    }
}
