package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail against someone with access to the database: on PostgreSQL a trigger refuses
 * UPDATE and DELETE; on either database an entry altered or removed behind the application's back
 * is found by {@code GET /api/admin/audit/verify}. And a first start outside demo mode: an
 * administrator with a one-time password, and no demo account that lets anyone in.
 */
class AuditTrailIT {

    private static final String PG_URL = System.getProperty("perfeval.it.dbUrl", "");

    private RunningApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    private Connection database() throws SQLException {
        if (PG_URL.isBlank()) {
            return DriverManager.getConnection("jdbc:h2:file:" + app.dataDir().resolve("perfeval"), "sa", "");
        }
        return DriverManager.getConnection(PG_URL, System.getProperty("perfeval.it.dbUser", ""),
                System.getProperty("perfeval.it.dbPassword", ""));
    }

    /** H2 lets one process at a time open its file: the app stops while the test works on the database. */
    private void whileStopped(SqlWork work) throws Exception {
        boolean embedded = PG_URL.isBlank();
        if (embedded) {
            assertTrue(app.stop());
        }
        try (Connection c = database(); Statement s = c.createStatement()) {
            work.run(s);
        }
        if (embedded) {
            app.start();
        }
    }

    interface SqlWork {
        void run(Statement s) throws SQLException;
    }

    @Test
    void anAlteredOrRemovedEntryIsFoundByTheVerification() throws Exception {
        app = new RunningApp(Map.of());
        ApiClient api = app.api();
        app.start();
        long id = api.commission("审计链测试 " + System.nanoTime(), "山西天正会计师事务所", LocalDate.now().plusDays(30).toString());
        api.complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        JsonObject verified = api.get("admin", "/api/admin/audit/verify").json();
        assertTrue(verified.getBoolean("valid"), verified.toString());
        List<JsonObject> entries = api.get("bureau", "/api/evaluations/" + id + "/audit").json().getJsonArray("items")
                .stream().map(JsonObject.class::cast).toList();
        long commissioned = entries.get(0).getJsonNumber("id").longValue();
        assertEquals("commission", entries.get(0).getString("action"));

        if (!PG_URL.isBlank()) {
            try (Connection c = database(); Statement s = c.createStatement()) {
                SQLException update = assertThrows(SQLException.class,
                        () -> s.executeUpdate("update pe_audit set actor = 'someone' where id = " + commissioned));
                assertTrue(update.getMessage().contains("append-only"), update.getMessage());
                assertThrows(SQLException.class, () -> s.executeUpdate("delete from pe_audit where id = " + commissioned));
            }
        }

        // someone who can switch the trigger off (or edits the H2 file) changes who commissioned it
        whileStopped(s -> {
            s.execute(PG_URL.isBlank() ? "select 1" : "alter table pe_audit disable trigger pe_audit_no_update");
            s.executeUpdate("update pe_audit set actor = 'someone' where id = " + commissioned);
        });
        JsonObject broken = api.get("admin", "/api/admin/audit/verify").json();
        assertFalse(broken.getBoolean("valid"));
        assertEquals(commissioned, broken.getJsonNumber("firstBrokenId").longValue());

        // put back as it was: the chain is whole again (what was changed, not the hash, was the problem)
        whileStopped(s -> s.executeUpdate("update pe_audit set actor = 'bureau' where id = " + commissioned));
        assertTrue(api.get("admin", "/api/admin/audit/verify").json().getBoolean("valid"));

        // removing the newest entry is found too: the chain's head remembers it
        long last = api.get("admin", "/api/admin/audit?size=1&page=0").json().getJsonNumber("total").longValue();
        whileStopped(s -> {
            s.execute("create table pe_audit_saved as select * from pe_audit where id = (select max(id) from pe_audit)");
            s.executeUpdate("delete from pe_audit where id = (select max(id) from pe_audit)");
        });
        JsonObject truncated = api.get("admin", "/api/admin/audit/verify").json();
        assertFalse(truncated.getBoolean("valid"), truncated.toString());
        whileStopped(s -> {
            s.executeUpdate("insert into pe_audit select * from pe_audit_saved");
            s.execute("drop table pe_audit_saved");
            if (!PG_URL.isBlank()) {
                s.execute("alter table pe_audit enable trigger pe_audit_no_update");
            }
        });
        JsonObject whole = api.get("admin", "/api/admin/audit/verify").json();
        assertTrue(whole.getBoolean("valid"), whole.toString());
        assertTrue(whole.getJsonNumber("entries").longValue() >= last);
    }

    @Test
    void outsideDemoModeTheFirstStartCreatesAnAdministratorWithAOneTimePassword() throws Exception {
        // the first start of an empty database: the embedded one, whatever the other tests run on
        app = new RunningApp(Map.of("PERFEVAL_DEMO", "false", "PERFEVAL_DB_URL", ""));
        ApiClient api = app.api();
        app.start();
        Matcher m = Pattern.compile("administrator 'admin' created in .* with the one-time password (\\S+)").matcher(app.log());
        assertTrue(m.find(), app.log());
        String oneTime = m.group(1);
        assertEquals(401, api.get("bureau", "/api/evaluations").status(), "no demo accounts outside demo mode");
        assertEquals(401, api.get("admin", "/api/evaluations").status(), "nor the demo password");
        ApiClient.Reply first = api.get("admin:" + oneTime, "/api/admin/users");
        assertEquals(403, first.status());
        assertEquals("password_change_required", first.json().getString("error"));
        assertEquals(204, api.post("admin:" + oneTime, "/api/session/password", Json.createObjectBuilder()
                .add("currentPassword", oneTime).add("newPassword", "Jinzhong#2026").build()).status());
        JsonObject users = api.get("admin:Jinzhong#2026", "/api/admin/users").json();
        assertEquals(1, users.getJsonNumber("total").intValue(), users.toString());
        assertEquals(0, api.get("admin:Jinzhong#2026", "/api/evaluations").json().getJsonArray("items").size(),
                "no demo data either");

        // a setting changed between two starts is in the trail, old → new
        assertTrue(app.stop());
        app.setEnvironment(Map.of("PERFEVAL_DEMO", "false", "PERFEVAL_DB_URL", "",
                "PERFEVAL_FINDING_BUDGET_ADJUSTMENT_MAX", "30"));
        app.start();
        List<JsonObject> settings = api.get("admin:Jinzhong#2026", "/api/admin/audit?action=settings").json()
                .getJsonArray("items").stream().map(JsonObject.class::cast).toList();
        assertEquals(2, settings.size(), settings.toString());
        assertEquals("(默认)", settings.get(1).getJsonObject("before").getString("PERFEVAL_FINDING_BUDGET_ADJUSTMENT_MAX"));
        assertEquals("30", settings.get(1).getJsonObject("after").getString("PERFEVAL_FINDING_BUDGET_ADJUSTMENT_MAX"));
        assertEquals(java.util.Set.of("PERFEVAL_FINDING_BUDGET_ADJUSTMENT_MAX"), settings.get(1).getJsonObject("after").keySet());
        assertTrue(api.get("admin:Jinzhong#2026", "/api/admin/audit/verify").json().getBoolean("valid"));
    }
}
