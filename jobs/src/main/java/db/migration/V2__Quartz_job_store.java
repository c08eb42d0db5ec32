package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The Quartz JDBC job store tables, from the DDL that Quartz ships for PostgreSQL, without its
 * DROP statements: Quartz's own initializer would drop the tables on every start, so it is off
 * ({@code spring.quartz.jdbc.initialize-schema=never}) and Flyway owns them.
 */
public class V2__Quartz_job_store extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        SchemaScript.run(context.getConnection(), "org/quartz/impl/jdbcjobstore/tables_postgres.sql", "DROP ");
    }
}
