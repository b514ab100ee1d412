package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar of the README, started, stopped and started again on the same data directory
 * (or PostgreSQL database): an evaluation continues where it stopped, after a graceful stop and
 * after a kill -9, and the demo data is not seeded twice. (Timers pending across a restart:
 * {@link TimersAcrossRestartIT}.)
 */
class RestartIT {

    private RunningApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void evaluationContinuesAfterGracefulStopAndAfterKill() throws Exception {
        app = new RunningApp(Map.of());
        ApiClient api = app.api();
        JsonObject seed = ApiClient.seedCase();

        app.start();
        // the runnable jar closes Payara's metrics (issue 15): heap, threads and pool are nobody's business
        assertFalse(api.get(null, "/metrics").status() == 200, "/metrics must not answer anonymous callers");
        assertEquals(200, api.get(null, "/health/ready").status());
        long id = api.commission("重启测试 " + System.nanoTime(), "山西天正会计师事务所", LocalDate.now().plusDays(30).toString());
        api.complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        api.complete("evaluator", id, "setTargets", Json.createObjectBuilder().add("indicators", ApiClient.targetsOf(seed)).build());
        int evaluationsBefore = api.get("admin", "/api/evaluations").json().getInt("total");

        assertTrue(app.stop(), "the app stops on SIGTERM");
        app.start();
        JsonObject e = api.get("bureau", "/api/evaluations/" + id).json();
        assertEquals("DATA_COLLECTION", e.getString("status"));
        assertEquals(30, e.getJsonArray("indicators").size());
        assertEquals(evaluationsBefore, api.get("admin", "/api/evaluations").json().getInt("total"),
                "demo data is seeded only once");
        api.complete("department", id, "submitData", Json.createObjectBuilder().add("funds", seed.getJsonObject("funds")).build());

        assertTrue(app.kill()); // kill -9: only committed work survives, and all of it
        app.start();
        boolean submitStillOpen = api.get("department", "/api/tasks?evaluationId=" + id).json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .anyMatch(t -> t.getJsonNumber("evaluationId").longValue() == id && t.getString("key").equals("submitData"));
        assertFalse(submitStillOpen, "submitData was committed before the kill and must not come back");
        e = api.complete("evaluator", id, "collectData", Json.createObjectBuilder()
                .add("actuals", ApiClient.actualsOf(seed)).add("checklist", seed.getJsonObject("checklist")).build());
        assertEquals("SCORING", e.getString("status"));
        e = api.complete("evaluator", id, "score", Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed)).build());
        assertEquals(85.5, e.getJsonNumber("total").doubleValue());
        assertEquals("DRAFT", e.getString("status"));
    }

    static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within 90 s: " + what);
            }
            Thread.sleep(1000);
        }
    }
}
