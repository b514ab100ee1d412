package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two people act on the same task at the same moment (issue 11, races): two evaluators of the agency
 * completing the same acceptance, claiming the same target setting, two bureau users reviewing the
 * same draft. Exactly one wins with 200, the other gets 409, never a 500, and the winner's step is
 * in the history and the audit trail once.
 */
@ExtendWith(ArquillianExtension.class)
class RaceIT {

    private static final String AGENCY = "山西天正会计师事务所";
    private static final String PASSWORD = "Jinzhong#2026";
    private static final int RACES = 100;
    private static final int REVIEW_RACES = 10;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")));
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base.toString());
    }

    /** A colleague of a demo user: another account of the same role in the same organisation. */
    private String colleagueOf(String demoUser) {
        JsonObject session = api.get(demoUser, "/api/session").json();
        String username = demoUser + "-" + UUID.randomUUID().toString().substring(0, 6);
        ApiClient.Reply created = api.post("admin", "/api/admin/users", Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).add("role", session.getString("role"))
                .add("organisationId", session.getJsonNumber("organisationId").longValue()).build());
        assertEquals(201, created.status(), created.body());
        return username + ":" + PASSWORD;
    }

    /** Both calls start at once; their statuses, in the order given. */
    private static List<Integer> atOnce(Function<Integer, ApiClient.Reply> call) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApiClient.Reply>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int who = i;
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return call.apply(who);
            }));
        }
        start.countDown();
        List<ApiClient.Reply> replies = both.stream().map(CompletableFuture::join).toList();
        replies.forEach(r -> assertTrue(r.status() < 500, () -> "a race answered " + r.status() + ": " + r.body()));
        return replies.stream().map(ApiClient.Reply::status).toList();
    }

    private static void oneWinsOneConflicts(List<Integer> statuses, String what) {
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), what + ": " + statuses);
    }

    private long count(long evaluation, String list, String action) {
        String path = list.equals("audit") ? "/api/evaluations/" + evaluation + "/audit?action=" + action + "&size=500"
                : "/api/evaluations/" + evaluation;
        JsonObject body = api.get("bureau", path).json();
        return body.getJsonArray(list.equals("audit") ? "items" : "history").stream().map(JsonObject.class::cast)
                .filter(h -> h.getString("action").equals(action)).count();
    }

    @Test
    void twoEvaluatorsCompletingOrClaimingTheSameTaskAtOnce() {
        String[] evaluators = {"evaluator", colleagueOf("evaluator")};
        String due = LocalDate.now().plusDays(30).toString();
        for (int race = 0; race < RACES; race++) {
            long id = api.commission("竞争测试 " + race + " " + UUID.randomUUID().toString().substring(0, 6), AGENCY, due);
            String accept = api.task("evaluator", id, "accept");
            oneWinsOneConflicts(atOnce(who -> api.post(evaluators[who], "/api/tasks/" + accept + "/complete",
                    "{\"accepted\": true}")), "complete, race " + race);
            assertEquals(1, count(id, "history", "accept"), "one acceptance in the history");
            assertEquals(1, count(id, "audit", "accept"), "one acceptance in the audit trail");

            String targets = api.task("evaluator", id, "setTargets");
            oneWinsOneConflicts(atOnce(who -> api.post(evaluators[who], "/api/tasks/" + targets + "/claim", "")),
                    "claim, race " + race);
            assertEquals(1, count(id, "history", "claim"));
            assertEquals(1, count(id, "audit", "claim"));
        }
    }

    @Test
    void twoBureauUsersReviewingTheSameDraftAtOnce() {
        String[] bureau = {"bureau", colleagueOf("bureau")};
        String due = LocalDate.now().plusDays(30).toString();
        for (int race = 0; race < REVIEW_RACES; race++) {
            long id = api.scoreSeed("审核竞争测试 " + race + " " + UUID.randomUUID().toString().substring(0, 6), AGENCY, due);
            api.complete("evaluator", id, "draftReport", ApiClient.draft().build());
            api.complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", true).build());
            String review = api.task("bureau", id, "review");
            oneWinsOneConflicts(atOnce(who -> api.post(bureau[who], "/api/tasks/" + review + "/complete",
                    "{\"approved\": true}")), "review, race " + race);
            assertEquals(1, count(id, "history", "publish"), "published once");
            assertEquals(1, count(id, "audit", "review"), "one review in the audit trail");
            assertEquals("RECTIFICATION", api.get("bureau", "/api/evaluations/" + id).json().getString("status"));
        }
    }
}
