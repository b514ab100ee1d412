package org.perfeval.persistence;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.perfeval.json.Json;

/**
 * From five JSON columns (sheet, result, findings, recommendations, report_sections) to one
 * versioned document per evaluation ({@code jsonb} on PostgreSQL); the grade stored as its code
 * (GOOD, not 良); a rectification's evidence as its file names, one a line.
 */
public class V4__EvaluationDocument extends BaseJavaMigration {

    private static final List<String[]> GRADES = List.of(new String[]{"优", "EXCELLENT"}, new String[]{"良", "GOOD"},
            new String[]{"中", "FAIR"}, new String[]{"差", "POOR"});

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = c.createStatement()) {
            s.execute("alter table pe_evaluation add column document " + (postgres ? "jsonb" : "varchar(1000000)"));
        }
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, sheet, result, findings, recommendations, report_sections from pe_evaluation")) {
            while (r.next()) {
                rows.add(new Object[]{r.getLong(1), document(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6))});
            }
        }
        try (PreparedStatement u = c.prepareStatement("update pe_evaluation set document = "
                + (postgres ? "cast(? as jsonb)" : "?") + " where id = ?")) {
            for (Object[] row : rows) {
                u.setString(1, (String) row[1]);
                u.setLong(2, (Long) row[0]);
                u.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter table pe_evaluation alter column document set not null");
            for (String column : List.of("sheet", "result", "findings", "recommendations", "report_sections")) {
                s.execute("alter table pe_evaluation drop column " + column);
            }
            s.execute("alter table pe_evaluation alter column grade set data type varchar(12)");
            for (String[] g : GRADES) {
                s.executeUpdate("update pe_evaluation set grade = '" + g[1] + "' where grade = '" + g[0] + "'");
            }
            // no other value was ever written; should one exist, it is cleared rather than left to break loading
            s.executeUpdate("update pe_evaluation set grade = null where grade not in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')");
        }
        evidenceAsNames(c);
    }

    static String document(String sheet, String result, String findings, String recommendations, String sections) {
        JsonObject oldSheet = Json.object(sheet);
        JsonObjectBuilder newSheet = Json.BUILDERS.createObjectBuilder();
        for (String key : List.of("indicators", "parts", "funds", "checklist")) {
            if (oldSheet.containsKey(key)) {
                newSheet.add(key, oldSheet.get(key));
            }
        }
        var evidence = Json.BUILDERS.createArrayBuilder();
        if (oldSheet.get("evidence") instanceof JsonArray list) {
            for (JsonValue v : list) {
                String name = v instanceof JsonString s ? s.getString() : Json.text(v.asJsonObject(), "name", null);
                if (name != null && !name.isBlank()) {
                    evidence.add(Json.BUILDERS.createObjectBuilder().add("name", name.strip()));
                }
            }
        }
        return Json.write(Json.BUILDERS.createObjectBuilder()
                .add("schemaVersion", 1) // the shape written here is version 1's, whatever the current version
                .add("sheet", newSheet)
                .add("evidence", evidence)
                .add("result", result == null || result.isBlank() ? JsonValue.NULL : Json.object(result))
                .add("findings", Json.array(findings))
                .add("recommendations", Json.array(recommendations))
                .add("sections", Json.object(sections))
                .build());
    }

    private static void evidenceAsNames(Connection c) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, evidence from pe_rectification where evidence is not null")) {
            while (r.next()) {
                List<String> names = new ArrayList<>();
                for (JsonValue v : Json.array(r.getString(2))) {
                    String name = v instanceof JsonString s2 ? s2.getString() : Json.text(v.asJsonObject(), "name", null);
                    if (name != null && !name.isBlank()) {
                        names.add(name.strip());
                    }
                }
                rows.add(new Object[]{r.getLong(1), String.join("\n", names)});
            }
        }
        try (PreparedStatement u = c.prepareStatement("update pe_rectification set evidence = ? where id = ?")) {
            for (Object[] row : rows) {
                u.setString(1, (String) row[1]);
                u.setLong(2, (Long) row[0]);
                u.executeUpdate();
            }
        }
    }
}
