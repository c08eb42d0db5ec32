package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The Spring Batch job repository, from the DDL that spring-batch-core ships for PostgreSQL. */
public class V1__Spring_batch_job_repository extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        SchemaScript.run(context.getConnection(), "org/springframework/batch/core/schema-postgresql.sql");
    }
}
