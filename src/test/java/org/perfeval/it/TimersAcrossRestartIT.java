package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
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
        ApiClient api = new ApiClient("http://127.0.0.1:" + System.getProperty("perfeval.it.restartPort"));
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
        // stopped for longer than the reminder lead: the reminder timers come due while nothing runs
        Thread.sleep(20_000);

        deployer.deploy(DEPLOYMENT);
        try {
            RestartIT.waitFor(() -> api.notifications("department", id, "REMINDER") == 2
                    && api.notifications("bureau", id, "ESCALATION") == 2, "reminders and escalations after the restart");
            JsonObject e = api.get("bureau", "/api/evaluations/" + id).json();
            assertTrue(e.getBoolean("overdue"));
            assertEquals("RECTIFICATION", e.getString("status"));
            long listedOverdue = api.get("bureau", "/api/rectifications?overdue=true").json().getJsonArray("items").stream()
                    .map(JsonObject.class::cast).filter(r -> r.getJsonNumber("evaluationId").longValue() == id).count();
            assertEquals(2, listedOverdue, "both items in the bureau's list of overdue rectifications");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
