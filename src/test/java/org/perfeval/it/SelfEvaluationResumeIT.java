package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch of self-evaluation forms killed with SIGKILL while it is being checked resumes after a
 * restart where its last stored chunk ended: in the end every form is there once, counted once.
 */
class SelfEvaluationResumeIT {

    private static final int FORMS = 6000;
    private static final String BATCHES = "/api/self-evaluation/batches";

    private RunningApp app;

    @AfterEach
    void close() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aBatchKilledHalfwayResumesAndCountsNoFormTwice() throws Exception {
        app = new RunningApp(Map.of());
        app.start();
        ApiClient api = app.api();
        long batch = api.post("bureau", BATCHES, Json.createObjectBuilder().add("year", 2023).add("name", "崩溃续查").build())
                .json().getJsonNumber("id").longValue();
        ApiClient.Reply up = api.upload("bureau", BATCHES + "/" + batch + "/forms", "application/json", forms(FORMS));
        assertEquals(202, up.status(), up.body());

        int atKill = awaitProcessed(api, batch, FORMS / 6);
        assertTrue(app.kill(), "the app dies on SIGKILL");
        assertTrue(atKill < FORMS, "killed while checking (" + atKill + " of " + FORMS + " checked)");

        app.start();
        JsonObject b = SelfEvaluationIT.awaitChecked(api, batch);
        assertEquals(FORMS, b.getInt("total"));
        assertEquals(FORMS, b.getInt("processed"), "each form counted once");
        assertEquals(0, b.getInt("failed"));
        assertEquals(FORMS / 3 * 2, b.getInt("flagged"), "two of each three sample forms have flags");
        JsonObject all = api.get("bureau", BATCHES + "/" + batch + "/forms?size=1").json();
        assertEquals(FORMS, all.getInt("total"), "each form stored once");
        JsonObject last = api.get("bureau", BATCHES + "/" + batch + "/forms?size=1&page=" + (FORMS - 1)).json();
        assertEquals("项目" + (FORMS - 1), last.getJsonArray("items").getJsonObject(0).getString("project").split("·")[1],
                "in the file's order to the last");
    }

    /** The three sample forms over and over, each project named by its place: 农村饮水安全巩固提升工程·项目17. */
    private static byte[] forms(int count) {
        JsonArray sample = Json.createReader(new StringReader(SelfEvaluationIT.resource("sample.json"))).readArray();
        JsonArrayBuilder forms = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            JsonObject f = sample.getJsonObject(i % sample.size());
            JsonObjectBuilder b = Json.createObjectBuilder(f).add("project", f.getString("project") + "·项目" + i);
            forms.add(b);
        }
        return Json.createObjectBuilder().add("forms", forms).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int awaitProcessed(ApiClient api, long batch, int atLeast) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            int processed = api.get("bureau", BATCHES + "/" + batch).json().getInt("processed");
            if (processed >= atLeast) {
                return processed;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + atLeast + " forms checked in 120 s");
    }
}
