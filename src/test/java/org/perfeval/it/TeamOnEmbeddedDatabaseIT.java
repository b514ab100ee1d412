package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A team on the one-command setup (issue 11): the README's runnable jar on its embedded database,
 * twenty people at once each driving an evaluation of the seed case from commission to CLOSED.
 * Every request must succeed (no lock timeout, no 5xx, no 409 among people who do not share a
 * task), and every evaluation must end scored 85.5 with all its rectifications accepted.
 * (CI runs it a second time on PostgreSQL.)
 */
class TeamOnEmbeddedDatabaseIT {

    private static final int CLIENTS = Integer.getInteger("perfeval.it.teamClients", 20);

    private RunningApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void twentyPeopleAtOnceDriveTheirEvaluationsToClosedWithoutAnError() throws Exception {
        app = new RunningApp(Map.of());
        app.start();
        ApiClient api = app.api();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger requests = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<JsonObject>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                go.await();
                return new Driver(api, errors, requests).lifecycle("团队并发 " + client + " " + System.nanoTime());
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        List<JsonObject> closed = new ArrayList<>();
        for (Future<JsonObject> f : done) {
            closed.add(f.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d clients, %d requests in %.1f s (%.1f/s), %d errors%n", CLIENTS, requests.get(), seconds,
                requests.get() / seconds, errors.size());
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors, the first: " + errors.stream().limit(5).toList());
        for (JsonObject e : closed) {
            assertEquals("CLOSED", e.getString("status"), e::toString);
            assertEquals(85.5, e.getJsonNumber("total").doubleValue());
            assertEquals(e.getJsonArray("recommendations").size(), e.getJsonArray("rectifications").size());
            assertTrue(e.getJsonArray("rectifications").stream().allMatch(r -> r.asJsonObject().getString("status").equals("ACCEPTED")));
        }
        assertTrue(app.log().lines().noneMatch(l -> l.contains("Lock timeout") || l.contains("Timeout trying to lock")),
                "the log reports lock timeouts");
    }

    /** One person's way through an evaluation; every request's failure is recorded, not thrown. */
    private record Driver(ApiClient api, ConcurrentLinkedQueue<String> errors, AtomicInteger requests) {

        JsonObject lifecycle(String title) {
            JsonObject seed = ApiClient.seedCase();
            ApiClient.Reply created = call("commission", () -> api.post("bureau", "/api/evaluations", Json.createObjectBuilder()
                    .add("title", title).add("year", 2022).add("kind", "DEPARTMENT")
                    .add("subject", Json.createObjectBuilder().add("name", "新能源汽车园事业服务中心"))
                    .add("agency", Json.createObjectBuilder().add("name", "山西天正会计师事务所"))
                    .add("dueDate", LocalDate.now().plusDays(30).toString()).build()));
            long id = created.json().getJsonNumber("id").longValue();
            complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
            complete("evaluator", id, "setTargets", Json.createObjectBuilder().add("indicators", ApiClient.targetsOf(seed)).build());
            complete("department", id, "submitData", Json.createObjectBuilder().add("funds", seed.getJsonObject("funds")).build());
            complete("evaluator", id, "collectData", Json.createObjectBuilder()
                    .add("actuals", ApiClient.actualsOf(seed)).add("checklist", seed.getJsonObject("checklist")).build());
            complete("evaluator", id, "score", Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed)).build());
            complete("evaluator", id, "draftReport", ApiClient.draft().build());
            complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", true).build());
            complete("bureau", id, "review", Json.createObjectBuilder().add("approved", true).build());
            // one rectification per recommendation the draft carried
            JsonObject last = null;
            while (open("department", id, "rectificationPlan") != null) {
                last = complete("department", id, "rectificationPlan", Json.createObjectBuilder().add("measures", "细化预算编制程序").build());
            }
            while (open("department", id, "rectificationEvidence") != null) {
                last = complete("department", id, "rectificationEvidence", Json.createObjectBuilder().add("summary", "已整改")
                        .add("evidence", Json.createArrayBuilder().add("预算管理办法.pdf")).build());
            }
            while (open("bureau", id, "verifyRectification") != null) {
                last = complete("bureau", id, "verifyRectification", Json.createObjectBuilder().add("accepted", true).build());
            }
            return last;
        }

        private JsonObject complete(String user, long id, String key, JsonStructure payload) {
            String task = open(user, id, key);
            if (task == null) {
                throw new AssertionError(user + " has no open " + key + " in " + id);
            }
            return call(key, () -> api.post(user, "/api/tasks/" + task + "/complete", payload)).json();
        }

        /** The id of one of the caller's open tasks with this key in this evaluation, or null. */
        private String open(String user, long id, String key) {
            ApiClient.Reply tasks = call(key + " (inbox)", () -> api.get(user, "/api/tasks?evaluationId=" + id + "&key=" + key));
            return tasks.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                    .filter(t -> t.getJsonNumber("evaluationId").longValue() == id && t.getString("key").equals(key))
                    .map(t -> t.getString("id")).findFirst().orElse(null);
        }

        private ApiClient.Reply call(String what, java.util.function.Supplier<ApiClient.Reply> request) {
            requests.incrementAndGet();
            ApiClient.Reply r;
            try {
                r = request.get();
            } catch (RuntimeException e) {
                errors.add(what + ": " + e);
                throw e;
            }
            if (r.status() / 100 != 2) {
                errors.add(what + ": " + r.status() + " " + r.body());
                throw new AssertionError(what + ": " + r.status() + " " + r.body());
            }
            return r;
        }
    }
}
