package org.perfeval.persistence;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Columns that hold what one request may bring, whole: an audit entry's facts before and after (a
 * target table of a few thousand indicators names each of them twice), a rectification's evidence
 * names (hundreds of files) and, on H2, the evaluation's document (PostgreSQL's jsonb has no bound).
 * They were {@code varchar(1000000)} (H2's largest) and {@code varchar(100000)}: a valid body under
 * the 1 MB limit made more than that, and the insert failed with a 500.
 */
public class V8__UnboundedText extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        String text = postgres ? "text" : "character large object";
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("alter table pe_audit alter column before_state set data type " + text);
            s.execute("alter table pe_audit alter column after_state set data type " + text);
            s.execute("alter table pe_rectification alter column evidence set data type " + text);
            if (!postgres) {
                s.execute("alter table pe_evaluation alter column document set data type " + text);
            }
        }
    }
}
