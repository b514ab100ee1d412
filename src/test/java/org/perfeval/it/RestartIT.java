package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar of the README, started, stopped and started again on the same data directory
 * (or PostgreSQL database): an evaluation continues where it stopped, after a graceful stop and
 * after a kill -9, and the demo data is not seeded twice; rectification timers pending when the
 * app stops fire after it starts again.
 */
class RestartIT {

    private Process app;
    private Path log;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void evaluationContinuesAfterGracefulStopAndAfterKill() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "perfeval-restart");
        int port = freePort();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        JsonObject seed = ApiClient.seedCase();

        start(dataDir, port);
        long id = api.commission("重启测试 " + System.nanoTime(), "山西天正会计师事务所", LocalDate.now().plusDays(30).toString());
        api.complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        api.complete("evaluator", id, "setTargets", Json.createObjectBuilder().add("indicators", ApiClient.targetsOf(seed)).build());
        int evaluationsBefore = api.get("admin", "/api/evaluations").json().getJsonArray("items").size();

        app.destroy(); // SIGTERM: Payara's graceful shutdown
        assertTrue(app.waitFor(90, TimeUnit.SECONDS), "the app stops on SIGTERM");
        start(dataDir, port);
        JsonObject e = api.get("bureau", "/api/evaluations/" + id).json();
        assertEquals("DATA_COLLECTION", e.getString("status"));
        assertEquals(30, e.getJsonArray("indicators").size());
        assertEquals(evaluationsBefore, api.get("admin", "/api/evaluations").json().getJsonArray("items").size(),
                "demo data is seeded only once");
        api.complete("department", id, "submitData", Json.createObjectBuilder().add("funds", seed.getJsonObject("funds")).build());

        app.destroyForcibly(); // kill -9: only committed work survives, and all of it
        assertTrue(app.waitFor(60, TimeUnit.SECONDS));
        start(dataDir, port);
        boolean submitStillOpen = api.get("department", "/api/tasks").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .anyMatch(t -> t.getJsonNumber("evaluationId").longValue() == id && t.getString("key").equals("submitData"));
        assertFalse(submitStillOpen, "submitData was committed before the kill and must not come back");
        e = api.complete("evaluator", id, "collectData", Json.createObjectBuilder()
                .add("actuals", ApiClient.actualsOf(seed)).add("checklist", seed.getJsonObject("checklist")).build());
        assertEquals("SCORING", e.getString("status"));
        e = api.complete("evaluator", id, "score", Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed)).build());
        assertEquals(85.5, e.getJsonNumber("total").doubleValue());
        assertEquals("DRAFT", e.getString("status"));

        // publish: two rectifications whose reminder (after 15 s) and deadline (after 40 s) are pending …
        api.complete("evaluator", id, "draftReport", Json.createObjectBuilder().add("recommendations",
                Json.createArrayBuilder().add("提高部门预算编制精准度，降低预算调整率").add("提高年度政府采购预算编制科学性")).build());
        api.complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", true).build());
        e = api.complete("bureau", id, "review", Json.createObjectBuilder().add("approved", true).build());
        assertEquals("RECTIFICATION", e.getString("status"));
        assertEquals(0, api.notifications("department", id, "REMINDER"));

        // … when the app stops; they fire after the restart
        app.destroy();
        assertTrue(app.waitFor(90, TimeUnit.SECONDS));
        start(dataDir, port);
        waitFor(() -> api.notifications("department", id, "REMINDER") == 2
                && api.notifications("bureau", id, "ESCALATION") == 2, "reminders and escalations after the restart");
        assertTrue(api.get("bureau", "/api/evaluations/" + id).json().getBoolean("overdue"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within 90 s: " + what);
            }
            Thread.sleep(1000);
        }
    }

    private void start(Path dataDir, int port) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", System.getProperty("perfeval.jar"),
                "--port", String.valueOf(port)));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("PERFEVAL_DATA_DIR", dataDir.toString());
        env.put("PERFEVAL_DEMO", "true");
        env.put("PERFEVAL_NODE", "restart-it");
        // rectification deadlines in seconds instead of days, so that timers come due during the test
        env.put("PERFEVAL_RECTIFICATION_PERIOD", "PT40S");
        env.put("PERFEVAL_RECTIFICATION_REMINDER_LEAD", "PT25S");
        String dbUrl = System.getProperty("perfeval.it.dbUrl", "");
        if (dbUrl.isBlank()) {
            env.remove("PERFEVAL_DB_URL");
        } else {
            env.put("PERFEVAL_DB_URL", dbUrl);
            env.put("PERFEVAL_DB_USER", System.getProperty("perfeval.it.dbUser", ""));
            env.put("PERFEVAL_DB_PASSWORD", System.getProperty("perfeval.it.dbPassword", ""));
        }
        log = Files.createTempFile("perfeval-restart", ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        app = pb.start();
        ApiClient server = new ApiClient("http://127.0.0.1:" + port);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("app exited: " + Files.readString(log));
            }
            try {
                if (server.get(null, "/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready in 180 s: " + Files.readString(log));
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
