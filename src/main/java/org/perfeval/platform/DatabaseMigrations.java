package org.perfeval.platform;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.perfeval.persistence.V4__EvaluationDocument;
import org.perfeval.persistence.V7__AuditAppendOnly;
import org.perfeval.persistence.V10__OpenTasks;
import org.perfeval.persistence.V8__UnboundedText;

/** Brings the domain tables up to date with Flyway; runs at startup before the process engine. */
public final class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    private DatabaseMigrations() {
    }

    public static void migrate(DataSource dataSource) {
        var result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Java migrations are named here rather than found by scanning the WAR
                .javaMigrations(new V4__EvaluationDocument(), new V7__AuditAppendOnly(), new V8__UnboundedText(),
                        new V10__OpenTasks())
                .table("pe_schema_history")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied)");
    }
}
