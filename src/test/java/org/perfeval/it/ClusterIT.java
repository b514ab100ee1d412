package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two PerfEval nodes on one PostgreSQL database behind HAProxy, started by the operators' script
 * {@code deployment/cluster/start-cluster.sh}: Payara Micro's Hazelcast clustering keeps the web
 * sessions, Flowable's async executor shares the timers through the database. Everything goes
 * through the balancer, which deals requests round robin without stickiness. One node is killed
 * (SIGKILL) while rectification timers are pending; the other fires each of them exactly once, the
 * user signed in through the balancer stays signed in, and the evaluations are driven to their end.
 *
 * <p>Needs a PostgreSQL server (the one of {@code -Dperfeval.it.dbUrl}, else 127.0.0.1:5432 as
 * postgres) on which it creates a database of its own, and Debian's haproxy; without them it is
 * skipped, saying why (with {@code PERFEVAL_REQUIRE_PREREQUISITES=true} it fails instead).
 */
class ClusterIT {

    private static final String AGENCY = "山西天正会计师事务所";
    /** Rectification deadlines 40 s after publication, reminders 25 s before: timers come due during the test. */
    private static final Map<String, String> SHORT_DEADLINES = Map.of("PERFEVAL_RECTIFICATION_PERIOD", "PT40S",
            "PERFEVAL_RECTIFICATION_REMINDER_LEAD", "PT25S");
    /** Locks short enough for the test to see a dead node's locks expire and be freed. */
    private static final Duration TIMER_LOCK = Duration.ofSeconds(10);
    private static final Duration RESET_INTERVAL = Duration.ofSeconds(2);
    /** How long after its lock expired a timer may still wait: a reset round and an acquisition round (5 s). */
    private static final Duration PICK_UP = RESET_INTERVAL.plusSeconds(6);
    /** How long the dead node's (simulated) hold on the second evaluation's escalations outlasts their due time. */
    private static final Duration HELD_PAST_DUE = Duration.ofSeconds(15);

    private static String adminUrl;
    private static String dbUser;
    private static String dbPassword;
    private static String database;
    private static Process cluster;
    private static Path runDir;
    private static String balancer;

    @BeforeAll
    static void startCluster() throws Exception {
        boolean require = "true".equals(System.getenv("PERFEVAL_REQUIRE_PREREQUISITES"));
        Path haproxy = Path.of("/usr/sbin/haproxy");
        if (require && !Files.isExecutable(haproxy)) {
            throw new AssertionError("haproxy (Debian) is required for the cluster test: apt-get install haproxy");
        }
        if (!Files.isExecutable(haproxy)) {
            skip("the cluster test needs Debian's haproxy: apt-get install haproxy");
            return;
        }
        String itUrl = System.getProperty("perfeval.it.dbUrl", "");
        adminUrl = itUrl.startsWith("jdbc:postgresql:") ? sameServer(itUrl, "postgres") : "jdbc:postgresql://127.0.0.1:5432/postgres";
        dbUser = System.getProperty("perfeval.it.dbUser", "").isBlank() ? "postgres" : System.getProperty("perfeval.it.dbUser");
        dbPassword = System.getProperty("perfeval.it.dbPassword", "");
        String unreachable = null;
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(adminUrl, dbUser, dbPassword); Statement s = c.createStatement()) {
            database = "perfeval_cluster_" + System.currentTimeMillis();
            s.execute("create database " + database);
        } catch (SQLException e) {
            unreachable = adminUrl + " as " + dbUser + ": " + e.getMessage();
        }
        if (require && unreachable != null) {
            throw new AssertionError("the cluster test needs a PostgreSQL server to create its database on: " + unreachable);
        }
        if (unreachable != null) {
            skip("the cluster test needs PostgreSQL (the nodes share one database): " + unreachable);
            return;
        }

        runDir = Path.of(System.getProperty("basedir", "."), "target", "cluster-it");
        Files.createDirectories(runDir);
        // five free ports in a row: the balancer's, then the two nodes' HTTP ports, then their data-grid ports
        int lbPort = freePorts(5);
        int httpPort = lbPort + 1;
        int gridPort = lbPort + 3;
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of(System.getProperty("basedir", "."), "deployment", "cluster",
                "start-cluster.sh").toString());
        Map<String, String> env = pb.environment();
        env.put("PERFEVAL_DB_URL", sameServer(adminUrl, database));
        env.put("PERFEVAL_DB_USER", dbUser);
        env.put("PERFEVAL_DB_PASSWORD", dbPassword);
        env.put("PERFEVAL_DEMO", "true");
        env.putAll(SHORT_DEADLINES);
        env.put("PERFEVAL_TIMER_LOCK_TIME", iso(TIMER_LOCK));
        env.put("PERFEVAL_JOB_LOCK_TIME", iso(TIMER_LOCK));
        env.put("PERFEVAL_RESET_EXPIRED_JOBS_INTERVAL", iso(RESET_INTERVAL));
        env.put("CLUSTER_NODES", "2");
        env.put("CLUSTER_LB_PORT", String.valueOf(lbPort));
        env.put("CLUSTER_HTTP_PORT", String.valueOf(httpPort));
        env.put("CLUSTER_HZ_PORT", String.valueOf(gridPort));
        // a name of its own: no other cluster on this machine joins, whatever its addresses
        env.put("CLUSTER_NAME", "perfeval-it-" + ProcessHandle.current().pid());
        env.put("CLUSTER_RUN_DIR", runDir.toString());
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path log = runDir.resolve("start-cluster.log");
        cluster = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.currentTimeMillis() + 400_000;
        while (!Files.readString(log).contains("PerfEval cluster ready")) {
            if (!cluster.isAlive() || System.currentTimeMillis() > deadline) {
                throw new AssertionError("cluster not started (logs in " + runDir + "):\n" + Files.readString(log));
            }
            Thread.sleep(500);
        }
        balancer = "http://127.0.0.1:" + lbPort;
    }

    /** Why the test cannot run here; reported with the skipped test (an assumption failing in {@code @BeforeAll} is reported nowhere). */
    private static String missing;

    private static void skip(String why) {
        missing = why;
        System.out.println("ClusterIT skipped: " + why);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            List<ProcessHandle> started = cluster.descendants().toList();
            cluster.destroy(); // SIGTERM: the script stops the balancer and the nodes
            if (!cluster.waitFor(90, TimeUnit.SECONDS)) {
                cluster.destroyForcibly();
            }
            started.forEach(ProcessHandle::destroyForcibly);
        }
        if (database != null) {
            try (Connection c = DriverManager.getConnection(adminUrl, dbUser, dbPassword); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void oneNodeKilledTheOtherFiresEachTimerOnceKeepsTheSessionAndFinishesTheWork() throws Exception {
        Assumptions.assumeTrue(missing == null, () -> missing);
        ApiClient api = new ApiClient(balancer);
        SessionClient department = new SessionClient(balancer);

        // a user signs in through the balancer; the session is then read on both nodes, in turn
        SessionClient.Answer login = department.send("POST", "/api/session",
                Json.createObjectBuilder().add("username", "department").add("password", "demo").build().toString());
        assertEquals(200, login.status(), login.body());
        String signedInOn = login.node();
        Set<String> served = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            SessionClient.Answer a = department.send("GET", "/api/session", null);
            assertEquals(200, a.status(), a.body());
            assertEquals("department", a.json().getString("username"));
            served.add(a.node());
        }
        assertEquals(Set.of("node1", "node2"), served, "round robin without stickiness: both nodes read the session");

        // two evaluations published through the balancer: two rectifications each, each with a reminder
        // timer (due 15 s after publication) and an escalation timer (40 s)
        String due = LocalDate.now().plusDays(30).toString();

        // an evidence file uploaded through one node is read whole through either: its content is in the database
        long withEvidence = api.commission("集群佐证测试 " + System.nanoTime(), AGENCY, due);
        byte[] pdf = EvidenceSamples.pdfOfSize(600 * 1024, 3);
        ApiClient.Reply uploaded = api.uploadFile("department", withEvidence, "集群佐证.pdf", pdf);
        assertEquals(201, uploaded.status(), uploaded.body());
        Set<String> readBy = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            var download = api.fetch("bureau", "/api/files/" + uploaded.json().getJsonNumber("id"));
            org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, download.body());
            readBy.add(download.headers().firstValue("X-PerfEval-Node").orElse(""));
        }
        assertEquals(Set.of("node1", "node2"), readBy, "both nodes served the file");
        long first = api.publishSeed("集群测试一 " + System.nanoTime(), AGENCY, due);
        assertEquals(2, escalationTimers(first), "an escalation timer for each rectification, in the database");
        long second = api.publishSeed("集群测试二 " + System.nanoTime(), AGENCY, due);
        assertEquals(2, escalationTimers(second));

        // both nodes run: each reminder fires once
        waitFor(() -> reminders(api, first) == 2 && reminders(api, second) == 2, "the reminders, with both nodes up");

        // the node that signed the user in dies (SIGKILL) ...
        long pid = Long.parseLong(Files.readString(runDir.resolve(signedInOn).resolve("pid")).strip());
        ProcessHandle node = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(signedInOn + " not running"));
        node.destroyForcibly();
        node.onExit().get(60, TimeUnit.SECONDS);
        String survivor = signedInOn.equals("node1") ? "node2" : "node1";

        // ... holding the second evaluation's escalation timers, as a node does between taking due timers
        // (its lock committed) and running them: the dead node's lock, put where its acquisition puts it
        Instant heldUntil = holdEscalations(second, signedInOn);

        // the user signed in on the dead node stays signed in: the survivor answers from the data grid
        for (int i = 0; i < 3; i++) {
            SessionClient.Answer a = department.send("GET", "/api/session", null);
            assertEquals(200, a.status(), a.body());
            assertEquals("department", a.json().getString("username"));
            assertEquals(survivor, a.node());
        }

        // the first evaluation's escalations fire on the survivor when due, once each
        waitFor(() -> escalations(api, first) == 2, "the first evaluation's escalations on the survivor");
        // the second's wait while the dead node's lock lasts, then the survivor frees and fires them, once each
        Instant escalationsDue = heldUntil.minus(HELD_PAST_DUE);
        sleepUntil(escalationsDue.plusSeconds(6));
        assertEquals(0, escalations(api, second), "due, but locked by the dead node");
        waitFor(() -> escalations(api, second) == 2, "the second evaluation's escalations after the dead node's lock expired");
        for (JsonObject n : notifications(api, "bureau", second, "ESCALATION")) {
            Instant at = Instant.parse(n.getString("createdAt"));
            assertFalse(at.isBefore(heldUntil), () -> "escalation sent before the dead node's lock expired: " + n);
            assertTrue(at.isBefore(heldUntil.plus(PICK_UP).plusSeconds(20)), () -> "escalation too late: " + n);
        }
        assertTrue(api.get("bureau", "/api/evaluations/" + first).json().getBoolean("overdue"));
        assertTrue(api.get("bureau", "/api/evaluations/" + second).json().getBoolean("overdue"));
        Instant lastFired = Instant.now();

        // the user's session works for changes too (X-Requested-With, as the UI sends)
        String plan = api.task("department", first, "rectificationPlan");
        SessionClient.Answer planned = department.send("POST", "/api/tasks/" + plan + "/complete", Json.createObjectBuilder()
                .add("measures", "细化预算编制程序，建立预算执行月度分析制度").build().toString());
        assertEquals(200, planned.status(), planned.body());

        // both evaluations driven to their end through the balancer, and one commissioned after the kill
        long third = api.publishSeed("集群测试三 " + System.nanoTime(), AGENCY, due);
        for (long id : List.of(first, second, third)) {
            JsonObject closed = rectifyAll(api, id);
            assertEquals("CLOSED", closed.getString("status"), closed::toString);
            assertEquals("AS_JUSTIFIED", closed.getJsonObject("budgetAdvice").getString("advice"), closed::toString);
        }

        // nothing fired twice, also after the locks and a reset round passed; nothing left over or dead-lettered
        sleepUntil(lastFired.plus(TIMER_LOCK).plus(PICK_UP));
        for (long id : List.of(first, second)) {
            assertEquals(2, reminders(api, id), "reminders of " + id);
            assertEquals(2, escalations(api, id), "escalations of " + id);
        }
        assertEquals(0, leftOverJobs(), "no job or timer left, none dead-lettered");
        JsonObject chain = api.get("admin", "/api/admin/audit/verify").json();
        assertTrue(chain.getBoolean("valid"), () -> "the audit chain both nodes appended to: " + chain);
    }

    /** Completes plan, evidence and verification of every rectification of the evaluation; returns it after. */
    private static JsonObject rectifyAll(ApiClient api, long id) {
        int rectifications = api.get("bureau", "/api/evaluations/" + id).json().getJsonArray("rectifications").size();
        for (int i = 0; i < rectifications; i++) {
            if (hasTask(api, "department", id, "rectificationPlan")) {
                api.complete("department", id, "rectificationPlan", Json.createObjectBuilder()
                        .add("measures", "细化预算编制程序，建立预算执行月度分析制度").build());
            }
            api.complete("department", id, "rectificationEvidence", Json.createObjectBuilder()
                    .add("summary", "已修订本单位预算管理办法").add("evidence", Json.createArrayBuilder().add("预算管理办法.pdf")).build());
            api.complete("bureau", id, "verifyRectification", Json.createObjectBuilder().add("accepted", true).build());
        }
        return api.get("bureau", "/api/evaluations/" + id).json();
    }

    private static boolean hasTask(ApiClient api, String user, long id, String key) {
        return api.get(user, "/api/tasks").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .anyMatch(t -> t.getJsonNumber("evaluationId").longValue() == id && t.getString("key").equals(key));
    }

    private static long reminders(ApiClient api, long id) {
        return api.notifications("department", id, "REMINDER");
    }

    private static long escalations(ApiClient api, long id) {
        return api.notifications("bureau", id, "ESCALATION");
    }

    private static List<JsonObject> notifications(ApiClient api, String user, long id, String kind) {
        return api.get(user, "/api/notifications").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(n -> n.getString("kind").equals(kind) && n.containsKey("evaluationId")
                        && n.getJsonNumber("evaluationId").longValue() == id).toList();
    }

    /** The pending escalation timers of an evaluation's rectifications (the plan's deadline). */
    private static int escalationTimers(long evaluationId) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("select count(*) from act_ru_timer_job j"
                + " join act_ru_execution p on p.id_ = j.process_instance_id_ where p.business_key_ = ?"
                + " and j.element_id_ = 'escalatePlan'")) {
            s.setString(1, String.valueOf(evaluationId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /**
     * The state a node leaves when it dies right after taking due timers: their rows locked under its
     * name until the lock time after it took them. Here the lock lasts until 15 s after they are due.
     */
    private static Instant holdEscalations(long evaluationId, String deadNode) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("update act_ru_timer_job set lock_owner_ = ?,"
                + " lock_exp_time_ = duedate_ + make_interval(secs => ?) where element_id_ = 'escalatePlan' and process_instance_id_ in"
                + " (select id_ from act_ru_execution where business_key_ = ?) and lock_owner_ is null")) {
            s.setString(1, deadNode);
            s.setInt(2, (int) HELD_PAST_DUE.toSeconds());
            s.setString(3, String.valueOf(evaluationId));
            assertEquals(2, s.executeUpdate(), "both escalation timers pending, not yet taken by anyone");
        }
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("select max(lock_exp_time_) from act_ru_timer_job"
                + " where lock_owner_ = ?")) {
            s.setString(1, deadNode);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp t = r.getTimestamp(1);
                return t.toInstant();
            }
        }
    }

    /** Jobs and timers of any kind still in the engine's tables (the demo's seed evaluation has none), dead letters included. */
    private static int leftOverJobs() throws SQLException {
        int n = 0;
        try (Connection c = db(); Statement s = c.createStatement()) {
            for (String table : List.of("act_ru_job", "act_ru_timer_job", "act_ru_deadletter_job", "act_ru_suspended_job")) {
                // the engine's own repeating history-cleaning timer is meant to stay
                try (ResultSet r = s.executeQuery("select count(*) from " + table
                        + " where handler_type_ is null or handler_type_ <> 'bpmn-history-cleanup'")) {
                    r.next();
                    n += r.getInt(1);
                }
            }
        }
        return n;
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(sameServer(adminUrl, database), dbUser, dbPassword);
    }

    /** The JDBC URL of another database on the same server. */
    private static String sameServer(String url, String otherDatabase) {
        Matcher m = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]*)(\\?.*)?$").matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + url);
        }
        return m.group(1) + otherDatabase + (m.group(3) == null ? "" : m.group(3));
    }

    private static String iso(Duration d) {
        return d.toString();
    }

    /** The first of {@code count} consecutive free ports (the script numbers the nodes' ports from it). */
    private static int freePorts(int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base;
            try (ServerSocket s = new ServerSocket(0)) {
                base = s.getLocalPort();
            }
            if (base + count > 65535) {
                continue;
            }
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    held.add(new ServerSocket(base + i));
                }
                return base;
            } catch (IOException taken) {
                // try another
            } finally {
                for (ServerSocket s : held) {
                    s.close();
                }
            }
        }
        throw new IOException("no " + count + " consecutive free ports");
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within 120 s: " + what);
            }
            Thread.sleep(500);
        }
    }

    private static void sleepUntil(Instant t) throws InterruptedException {
        long ms = Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    /** A browser-like client: cookies kept, changing requests marked with X-Requested-With, the answering node read. */
    static final class SessionClient {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;

        SessionClient(String base) {
            this.base = base;
        }

        record Answer(int status, String body, String node) {
            JsonObject json() {
                try (var reader = Json.createReader(new StringReader(body))) {
                    return reader.readObject();
                }
            }
        }

        Answer send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (json == null) {
                r.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                r.header("Content-Type", "application/json").header("X-Requested-With", "PerfEval-IT")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            }
            HttpResponse<String> a = http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(a.statusCode(), a.body(), a.headers().firstValue("X-PerfEval-Node").orElse(""));
        }
    }
}
