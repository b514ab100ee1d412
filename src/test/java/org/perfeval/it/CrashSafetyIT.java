package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash safety (issue 11): the runnable jar killed with SIGKILL at five points of one evaluation's
 * life and started again on the same data directory (or PostgreSQL database). After each restart
 * every completed step is there, nothing that was in flight is there by half, and nothing happens
 * twice; at the end the evaluation closes and its history, audit trail, notifications,
 * rectifications and publication each hold every step exactly once.
 *
 * <ol>
 * <li>right after the commission answered 201;</li>
 * <li>inside the scoring service task ({@code computeScore}) while the evaluator's {@code score} completes;</li>
 * <li>inside {@code publish} while the bureau's approving review completes;</li>
 * <li>with the rectifications' reminder and deadline timers pending;</li>
 * <li>inside the reminder step, a timer job the job executor is running.</li>
 * </ol>
 *
 * Points 2, 3 and 5 are hit with the product's crash-test hook ({@code PERFEVAL_TEST_PAUSE_AT}, see
 * {@code org.perfeval.platform.CrashTestPause}): the named step logs {@code pausing at …} and sleeps
 * before its transaction commits, and the test kills the process when the line appears.
 */
class CrashSafetyIT {

    /** Deadlines a minute after publication, reminders 50 s before them: due within the test. */
    private static final Map<String, String> SHORT_DEADLINES = Map.of("PERFEVAL_RECTIFICATION_PERIOD", "PT60S",
            "PERFEVAL_RECTIFICATION_REMINDER_LEAD", "PT50S");

    private static final List<String> RECOMMENDATIONS = List.of("提高部门预算编制精准度，降低预算调整率",
            "加强预算绩效管理认识，提高预算绩效管理水平");

    private RunningApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void killedAtFivePointsTheEvaluationKeepsEveryStepOnceAndCloses() throws Exception {
        long t0 = System.nanoTime();
        JsonObject seed = ApiClient.seedCase();
        app = new RunningApp(SHORT_DEADLINES);
        ApiClient api = app.api();
        app.start();

        // 1. right after the commission answered 201
        String title = "崩溃测试 " + System.nanoTime();
        String requestKey = "crash-" + System.nanoTime();
        HttpResponse<String> commissioned = commission(title, requestKey);
        assertEquals(201, commissioned.statusCode(), commissioned.body());
        long id = Json.createReader(new java.io.StringReader(commissioned.body())).readObject().getJsonNumber("id").longValue();
        killAndRestart("score");
        JsonObject e = evaluation(api, id);
        assertEquals("COMMISSIONED", e.getString("status"));
        assertEquals(1, count(history(e), "bureau:commission"));
        assertEquals(1, evaluationsTitled(api, title), "the evaluation is there once");
        assertEquals(1, openTasks(api, "evaluator", id, "accept"), "its first task is there once");
        HttpResponse<String> retried = commission(title, requestKey);
        assertTrue(retried.statusCode() == 200 || retried.statusCode() == 201, retried.body());
        assertEquals(id, Json.createReader(new java.io.StringReader(retried.body())).readObject().getJsonNumber("id").longValue(),
                "the client's retry with its Idempotency-Key after the crash gets the same evaluation");
        assertEquals(1, evaluationsTitled(api, title));
        assertEquals(1, count(auditActions(api, id), "bureau:commission"));
        api.complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        api.complete("evaluator", id, "setTargets", Json.createObjectBuilder().add("indicators", ApiClient.targetsOf(seed)).build());
        api.complete("department", id, "submitData", Json.createObjectBuilder().add("funds", seed.getJsonObject("funds")).build());
        e = api.complete("evaluator", id, "collectData", Json.createObjectBuilder()
                .add("actuals", ApiClient.actualsOf(seed)).add("checklist", seed.getJsonObject("checklist")).build());
        assertEquals("SCORING", e.getString("status"));

        // 2. inside computeScore, the score completion in flight
        CompletableFuture<Integer> scoring = completeInFlight(api, "evaluator", id, "score",
                Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed)).build());
        app.awaitLog("pausing at score (evaluation " + id + ")");
        killAndRestart("publish");
        assertNotEquals(200, scoring.get(60, TimeUnit.SECONDS), "the killed request cannot have succeeded");
        e = evaluation(api, id);
        assertEquals("SCORING", e.getString("status"));
        assertEquals(JsonValue.NULL, e.get("total"), "no total half-written");
        assertEquals(JsonValue.NULL, e.get("grade"), "no grade half-written");
        assertEquals(JsonValue.NULL, e.get("result"));
        assertEquals(0, count(history(e), "evaluator:score"));
        assertEquals(0, history(e).stream().filter(h -> h.endsWith(":scored")).count(), "no partial history");
        assertEquals(0, count(auditActions(api, id), "evaluator:score"));
        assertEquals(1, openTasks(api, "evaluator", id, "score"), "the score task is open again, once");
        e = api.complete("evaluator", id, "score", Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed)).build());
        assertEquals(85.5, e.getJsonNumber("total").doubleValue());
        assertEquals("良", e.getString("grade"));
        assertEquals(1, count(history(e), "evaluator:score"));
        assertEquals(1, history(e).stream().filter(h -> h.endsWith(":scored")).count());
        var recommendations = Json.createArrayBuilder();
        RECOMMENDATIONS.forEach(recommendations::add);
        api.complete("evaluator", id, "draftReport", ApiClient.draft().add("recommendations", recommendations).build());
        e = api.complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", true).build());
        assertEquals("REVIEW", e.getString("status"));

        // 3. inside publish, the bureau's approval in flight
        CompletableFuture<Integer> approving = completeInFlight(api, "bureau", id, "review",
                Json.createObjectBuilder().add("approved", true).build());
        app.awaitLog("pausing at publish (evaluation " + id + ")");
        killAndRestart(null);
        assertNotEquals(200, approving.get(60, TimeUnit.SECONDS));
        e = evaluation(api, id);
        // never half: either published with its rectifications, or still in review with nothing of publication
        boolean published = !e.getString("status").equals("REVIEW");
        if (published) {
            assertEquals("RECTIFICATION", e.getString("status"));
            assertEquals(1, count(history(e), "bureau:publish"));
            assertEquals(RECOMMENDATIONS.size(), e.getJsonArray("rectifications").size());
            assertEquals(0, openTasks(api, "bureau", id, "review"));
        } else {
            assertEquals(0, count(history(e), "bureau:review"));
            assertEquals(0, history(e).stream().filter(h -> h.endsWith(":publish")).count());
            assertEquals(0, e.getJsonArray("rectifications").size());
            assertEquals(0, api.notifications("department", id, "RECTIFICATION_OPENED"));
            assertEquals(0, count(auditActions(api, id), "bureau:review"));
            assertEquals(1, openTasks(api, "bureau", id, "review"), "the review task is open again, once");
            e = api.complete("bureau", id, "review", Json.createObjectBuilder().add("approved", true).build());
        }
        assertEquals("RECTIFICATION", e.getString("status"));
        assertEquals(RECOMMENDATIONS.size(), e.getJsonArray("rectifications").size());
        assertEquals(2, api.notifications("department", id, "RECTIFICATION_OPENED"));

        // 4. the reminder (10 s after publication) and deadline (60 s) timers pending
        assertEquals(0, api.notifications("department", id, "REMINDER"), "nothing due yet");
        assertEquals(0, api.notifications("bureau", id, "ESCALATION"), "nothing due yet");
        assertEquals(2, openTasks(api, "department", id, "rectificationPlan"));
        // 5. the reminders come due while nothing runs; after the restart the job executor runs them and the
        //    reminder step is killed while it works
        Instant timersPendingKilled = killAndRestart("remind");
        app.awaitLog("pausing at remind (evaluation " + id + ")");
        assertEquals(0, api.notifications("department", id, "REMINDER"), "the paused reminder is not committed");
        Instant lastStart = killAndRestart(null);
        RestartIT.waitFor(() -> api.notifications("department", id, "REMINDER") == 2
                && api.notifications("bureau", id, "ESCALATION") == 2, "the reminder jobs retried and the deadlines after the crash");
        List<JsonObject> reminders = notifications(api, "department", id, "REMINDER");
        assertTrue(reminders.stream().allMatch(n -> !Instant.parse(n.getString("createdAt")).isBefore(lastStart)),
                () -> "reminders sent by the last start, the retried job: " + reminders);
        List<JsonObject> escalations = notifications(api, "bureau", id, "ESCALATION");
        assertTrue(escalations.stream().allMatch(n -> !Instant.parse(n.getString("createdAt")).isBefore(timersPendingKilled)),
                () -> "deadlines fired after the restart: " + escalations);
        assertEquals(2, reminders.stream().map(n -> n.getJsonNumber("rectificationId").longValue()).distinct().count(),
                "one reminder for each rectification");
        assertEquals(2, escalations.stream().map(n -> n.getJsonNumber("rectificationId").longValue()).distinct().count(),
                "one escalation for each rectification");
        e = evaluation(api, id);
        assertTrue(e.getBoolean("overdue"));
        assertEquals(2, count(history(e), "system:overdue"));

        // drive on to CLOSED: plans without a new date keep the missed deadline, so each evidence task's reminder
        // and deadline timers are due at once; they fire and must not remind or escalate a second time
        for (int i = 0; i < 2; i++) {
            api.complete("department", id, "rectificationPlan", Json.createObjectBuilder()
                    .add("measures", "细化预算编制程序，建立预算执行月度分析制度").build());
        }
        Thread.sleep(12_000); // the due timers are acquired within the executor's 5 s wait
        for (int i = 0; i < 2; i++) {
            api.complete("department", id, "rectificationEvidence", Json.createObjectBuilder()
                    .add("summary", "已修订预算管理办法并执行").add("evidence", Json.createArrayBuilder().add("预算管理办法.pdf")).build());
        }
        for (int i = 0; i < 2; i++) {
            e = api.complete("bureau", id, "verifyRectification", Json.createObjectBuilder().add("accepted", true).build());
        }
        assertEquals("CLOSED", e.getString("status"));

        // every step once: history, audit trail, notifications, rectifications, publication, tasks
        Map<String, Long> history = tally(history(e), h -> !h.endsWith(":status"));
        assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("bureau:commission", 1L), Map.entry("evaluator:accept", 1L),
                Map.entry("evaluator:setTargets", 1L), Map.entry("department:submitData", 1L),
                Map.entry("evaluator:collectData", 1L), Map.entry("evaluator:score", 1L), Map.entry("evaluator:scored", 1L),
                Map.entry("evaluator:draftReport", 1L), Map.entry("department:exchangeViews", 1L),
                Map.entry("bureau:review", 1L), Map.entry("bureau:publish", 1L), Map.entry("bureau:rectificationsOpened", 1L),
                Map.entry("system:overdue", 2L), Map.entry("department:rectificationPlan", 2L),
                Map.entry("department:rectificationEvidence", 2L), Map.entry("bureau:verifyRectification", 2L),
                Map.entry("bureau:close", 1L))), history, "history: " + history);
        List<String> stages = e.getJsonArray("history").stream().map(JsonObject.class::cast)
                .filter(h -> h.getString("action").equals("status")).map(h -> h.getString("detail")).toList();
        assertEquals(stages.size(), stages.stream().distinct().count(), "each stage entered once: " + stages);
        List<String> trail = auditActions(api, id);
        Map<String, Long> audit = tally(trail, a -> !a.endsWith(":status"));
        assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("bureau:commission", 1L), Map.entry("evaluator:accept", 1L),
                Map.entry("evaluator:setTargets", 1L), Map.entry("department:submitData", 1L),
                Map.entry("evaluator:collectData", 1L), Map.entry("evaluator:score", 1L),
                Map.entry("evaluator:draftReport", 1L), Map.entry("department:exchangeViews", 1L),
                Map.entry("bureau:review", 1L), Map.entry("system:rectification.overdue", 2L),
                Map.entry("department:rectificationPlan", 2L), Map.entry("department:rectificationEvidence", 2L),
                Map.entry("bureau:verifyRectification", 2L))), audit, "audit trail: " + audit);
        List<JsonObject> statusAudit = auditEntries(api, id).stream().filter(a -> a.getString("action").equals("status")).toList();
        assertEquals(statusAudit.size(), statusAudit.stream().map(a -> a.getJsonObject("after").getString("status")).distinct().count(),
                "each stage once in the audit trail");
        assertTrue(api.get("admin", "/api/admin/audit/verify").json().getBoolean("valid"), "the audit chain survived the kills");
        assertEquals(Map.of("RECTIFICATION_OPENED", 2L, "REMINDER", 2L, "ESCALATION", 2L, "ACCEPTED", 2L, "EVALUATION_CLOSED", 1L),
                kinds(api, "department", id));
        assertEquals(Map.of("ESCALATION", 2L, "EVALUATION_CLOSED", 1L), kinds(api, "bureau", id));
        assertEquals(RECOMMENDATIONS.size(), e.getJsonArray("rectifications").size());
        assertTrue(e.getJsonArray("rectifications").stream().allMatch(r -> r.asJsonObject().getString("status").equals("ACCEPTED")));
        assertEquals(1, evaluationsTitled(api, title));
        assertTrue(e.getJsonArray("openTasks").isEmpty(), e.getJsonArray("openTasks")::toString);
        for (String user : List.of("bureau", "evaluator", "department")) {
            assertEquals(0, api.get(user, "/api/tasks").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                    .filter(t -> t.getJsonNumber("evaluationId").longValue() == id).count(), user + " has no task left");
        }
        System.out.printf("CrashSafetyIT: 5 kills, evaluation %d closed with every step once, in %d s%n", id,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
    }

    /** kill -9, then a start on the same data with the crash-test hook at {@code pauseAt} (null: none); returns when it began. */
    private Instant killAndRestart(String pauseAt) throws IOException, InterruptedException {
        assertTrue(app.kill(), "the app dies on SIGKILL");
        Map<String, String> env = new HashMap<>(SHORT_DEADLINES);
        if (pauseAt != null) {
            env.put("PERFEVAL_TEST_PAUSE_AT", pauseAt);
        }
        app.setEnvironment(env);
        Instant began = Instant.now();
        app.start();
        return began;
    }


    /** Completes the task in another thread: the request hangs in the paused step until the kill. */
    private static CompletableFuture<Integer> completeInFlight(ApiClient api, String user, long id, String key, JsonObject payload) {
        String task = api.task(user, id, key);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return api.post(user, "/api/tasks/" + task + "/complete", payload).status();
            } catch (RuntimeException connectionLost) {
                return -1;
            }
        });
    }

    private HttpResponse<String> commission(String title, String requestKey) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("title", title).add("year", 2022).add("kind", "DEPARTMENT")
                .add("subject", Json.createObjectBuilder().add("name", "新能源汽车园事业服务中心"))
                .add("agency", Json.createObjectBuilder().add("name", "山西天正会计师事务所"))
                .add("dueDate", LocalDate.now().plusDays(30).toString()).build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url() + "/api/evaluations"))
                .header("Content-Type", "application/json").header("Idempotency-Key", requestKey)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bureau:demo".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject evaluation(ApiClient api, long id) {
        ApiClient.Reply r = api.get("bureau", "/api/evaluations/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** The history as actor:action. */
    private static List<String> history(JsonObject evaluation) {
        return evaluation.getJsonArray("history").stream().map(JsonObject.class::cast)
                .map(h -> h.getString("actor") + ":" + h.getString("action")).toList();
    }

    private static List<JsonObject> auditEntries(ApiClient api, long id) {
        ApiClient.Reply r = api.get("bureau", "/api/evaluations/" + id + "/audit?size=500");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    }

    /** The evaluation's audit trail as actor:action. */
    private static List<String> auditActions(ApiClient api, long id) {
        return auditEntries(api, id).stream().map(a -> a.getString("actor") + ":" + a.getString("action")).toList();
    }

    private static long count(List<String> entries, String entry) {
        return entries.stream().filter(entry::equals).count();
    }

    private static Map<String, Long> tally(List<String> entries, Predicate<String> which) {
        return entries.stream().filter(which).collect(Collectors.groupingBy(x -> x, TreeMap::new, Collectors.counting()));
    }

    private static long evaluationsTitled(ApiClient api, String title) {
        return api.get("admin", "/api/evaluations").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(x -> x.getString("title").equals(title)).count();
    }

    private static long openTasks(ApiClient api, String user, long id, String key) {
        return api.get(user, "/api/tasks").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(t -> t.getJsonNumber("evaluationId").longValue() == id && t.getString("key").equals(key)).count();
    }

    private static List<JsonObject> notifications(ApiClient api, String user, long id, String kind) {
        return api.get(user, "/api/notifications").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(n -> n.getString("kind").equals(kind) && n.containsKey("evaluationId")
                        && n.get("evaluationId").getValueType() == JsonValue.ValueType.NUMBER
                        && n.getJsonNumber("evaluationId").longValue() == id).toList();
    }

    /** The caller's notifications about the evaluation, counted by kind. */
    private static Map<String, Long> kinds(ApiClient api, String user, long id) {
        return api.get(user, "/api/notifications").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(n -> n.containsKey("evaluationId") && n.get("evaluationId").getValueType() == JsonValue.ValueType.NUMBER
                        && n.getJsonNumber("evaluationId").longValue() == id)
                .collect(Collectors.groupingBy(n -> n.getString("kind"), TreeMap::new, Collectors.counting()));
    }
}
