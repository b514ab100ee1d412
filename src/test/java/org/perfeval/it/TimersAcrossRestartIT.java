package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rectification timers on Payara Micro under Arquillian, across a restart: the seed case is
 * published while the Payara Micro process runs, the process is stopped (Arquillian's undeploy
 * ends it with SIGTERM) while every reminder and deadline timer is still pending, and a new
 * Payara Micro on the same database fires them: reminders to the department, escalations to the
 * bureau, the overdue flag.
 *
 * <p>The container {@code payara-micro-restart} of arquillian.xml starts Payara Micro with
 * deadlines of 40 s (reminders 25 s before) and on a fixed port, because a deployment deployed
 * by the test itself gets no injected URL.
 */
@ExtendWith(ArquillianExtension.class)
class TimersAcrossRestartIT {

    private static final String DEPLOYMENT = "restartable";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer("payara-micro-restart")
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")));
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void timersPendingWhenPayaraStopsFireAfterItStartsAgain() throws Exception {
        int port = Integer.parseInt(System.getProperty("perfeval.it.restartPort"));
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        deployer.deploy(DEPLOYMENT);
        long id;
        try {
            id = api.publishSeed("计时器重启测试 " + System.nanoTime(), "山西天正会计师事务所",
                    LocalDate.now().plusDays(30).toString());
            JsonObject e = api.get("bureau", "/api/evaluations/" + id).json();
            assertEquals("RECTIFICATION", e.getString("status"));
            assertEquals(0, api.notifications("department", id, "REMINDER"), "nothing due yet");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
        // undeploy sends SIGTERM and returns: wait until the old Payara Micro is really gone
        waitUntilPortIsClosed(port);
        // the reminders (due 15 s after publication) come due while nothing runs
        Thread.sleep(20_000);

        Instant restarted = Instant.now();
        deployer.deploy(DEPLOYMENT);
        try {
            RestartIT.waitFor(() -> api.notifications("department", id, "REMINDER") == 2
                    && api.notifications("bureau", id, "ESCALATION") == 2, "reminders and escalations after the restart");
            api.get("department", "/api/notifications").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                    .filter(n -> n.getString("kind").equals("REMINDER") && n.containsKey("evaluationId")
                            && n.getJsonNumber("evaluationId").longValue() == id)
                    .forEach(n -> assertFalse(Instant.parse(n.getString("createdAt")).isBefore(restarted),
                            "reminder sent by the restarted Payara Micro, not before the stop: " + n));
            JsonObject e = api.get("bureau", "/api/evaluations/" + id).json();
            assertTrue(e.getBoolean("overdue"));
            assertEquals("RECTIFICATION", e.getString("status"));
            long listedOverdue = api.get("bureau", "/api/rectifications?overdue=true").json().getJsonArray("items").stream()
                    .map(JsonObject.class::cast).filter(r -> r.getJsonNumber("evaluationId").longValue() == id).count();
            assertEquals(2, listedOverdue, "both items in the bureau's list of overdue rectifications");
        } finally {
            deployer.undeploy(DEPLOYMENT);
            waitUntilPortIsClosed(port);
        }
    }

    private static void waitUntilPortIsClosed(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                Thread.sleep(200);
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("Payara Micro still listening on " + port + " 90 s after SIGTERM");
    }
}
