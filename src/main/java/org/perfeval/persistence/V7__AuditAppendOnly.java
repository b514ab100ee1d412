package org.perfeval.persistence;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL the database itself refuses to change or remove audit entries: a trigger raises an
 * error on UPDATE and DELETE (and TRUNCATE) of {@code pe_audit}. Only the table's owner (the role
 * PerfEval migrates with) or a superuser can switch it off; against them stands the hash chain with its
 * head hash kept outside (README). The embedded H2 has no such guard; there the chain alone shows tampering.
 */
public class V7__AuditAppendOnly extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("""
                    create or replace function pe_audit_append_only() returns trigger language plpgsql as $$
                    begin
                        raise exception 'pe_audit is append-only: % refused', tg_op;
                    end
                    $$""");
            s.execute("create trigger pe_audit_no_update before update or delete on pe_audit"
                    + " for each row execute function pe_audit_append_only()");
            s.execute("create trigger pe_audit_no_truncate before truncate on pe_audit"
                    + " for each statement execute function pe_audit_append_only()");
        }
    }
}
