package be.coop.backoffice.database;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the database at start, then refuses to go on when it holds migrations this jar does not
 * know: the database was migrated by a newer version of the jobs, whose tables and rules an older
 * jar would write to as if nothing had changed. Flyway itself only logs a warning there, which no
 * one reads in a night's run; this stops the run with the versions in the message.
 *
 * <p>Migrations are applied out of order ({@code spring.flyway.out-of-order}): each job owns a block
 * of versions (V10 invoicing, V20 payments, V30 payroll), so a migration added to a lower block
 * after a higher one was applied (V21 on a database at V33) is applied, not refused.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaVersionGuard {

    @Bean
    public FlywayMigrationStrategy migrateThenCheckVersions() {
        return flyway -> {
            flyway.migrate();
            check(flyway);
        };
    }

    static void check(Flyway flyway) {
        String unknown = Arrays.stream(flyway.info().all())
                .filter(SchemaVersionGuard::appliedButUnknown)
                .map(m -> "V" + m.getVersion() + " " + m.getDescription())
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the database holds migrations this version of the jobs does not know ("
                    + unknown + "): it was migrated by a newer version; run that version");
        }
    }

    private static boolean appliedButUnknown(MigrationInfo migration) {
        MigrationState state = migration.getState();
        return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
    }
}
