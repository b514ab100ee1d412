package org.perfeval.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The load client of the HTTP figures, run by the harness as a process of its own beside the app
 * (java with the test class path), talking to it over loopback. Every user signs in once through
 * the UI's session ({@code POST /api/session}) and sends the session cookie after, so that what is
 * measured is the app's work and not a password check per request.
 *
 * <pre>
 * HttpLoad lifecycle base=URL clients=8 warmup=16 evaluations=120 figures=http|batch
 * HttpLoad get base=URL name=inbox|list users=FILE paths=FILE requests=50
 * </pre>
 *
 * Prints {@code RESULT} lines (and {@code bench:} notes) on standard output.
 */
public final class HttpLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    /** How often a completion answered 409 or 503 is tried again ({@code -Dbench.retries}, passed by the harness). */
    private static final int RETRIES = Integer.getInteger("bench.retries", 3);

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            a.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        switch (args[0]) {
            case "lifecycle" -> lifecycle(a.get("base"), Integer.parseInt(a.get("clients")), Integer.parseInt(a.get("warmup")),
                    Integer.parseInt(a.get("evaluations")), a.get("figures"));
            case "get" -> gets(a.get("base"), a.get("name"), Files.readAllLines(Path.of(a.get("users"))),
                    Files.readAllLines(Path.of(a.get("paths"))), Integer.parseInt(a.get("requests")),
                    Integer.parseInt(a.getOrDefault("thinkMs", "0")));
            default -> throw new IllegalArgumentException("mode " + args[0]);
        }
        System.exit(0);
    }

    /** An answer: status, body, time taken. A request that got no answer is status 0. */
    record Answer(int status, String body, long nanos) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonObject json() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }
    }

    /** One signed-in user: its own HTTP client and session cookie. */
    static final class Session {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;
        final String username;

        Session(String base, String username, String password) {
            this.base = base;
            this.username = username;
            Answer a = send("POST", "/api/session", Json.createObjectBuilder().add("username", username)
                    .add("password", password).build().toString());
            if (a.status() != 200) {
                throw new IllegalStateException("sign-in of " + username + ": " + a.status() + " " + a.body());
            }
        }

        Answer get(String path) {
            return send("GET", path, null);
        }

        Answer post(String path, String json) {
            return send("POST", path, json);
        }

        Answer send(String method, String path, String json) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
            if (json != null) {
                // a changing request from the session must say it comes from a script (the UI's defence against CSRF)
                r.header("Content-Type", "application/json").header("X-Requested-With", "PerfEval-bench")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            } else {
                r.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return exchange(http, r.build());
        }
    }

    private static void start(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.start();
    }

    static Answer exchange(HttpClient http, HttpRequest request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), System.nanoTime() - t0);
        } catch (IOException e) {
            return new Answer(0, e.toString(), System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, e.toString(), System.nanoTime() - t0);
        }
    }

    // ---------------------------------------------------------------- lifecycle: evaluations commission → CLOSED

    /** A client: the bureau, the evaluator and the department of the demo data, each signed in. */
    record Client(Map<SeedPath.Actor, Session> as) {
        static Client signIn(String base) {
            Map<SeedPath.Actor, Session> m = new HashMap<>();
            m.put(SeedPath.Actor.BUREAU, new Session(base, "bureau", "demo"));
            m.put(SeedPath.Actor.EVALUATOR, new Session(base, "evaluator", "demo"));
            m.put(SeedPath.Actor.DEPARTMENT, new Session(base, "department", "demo"));
            return new Client(m);
        }
    }

    /** What a run of evaluations did. */
    static final class Tally {
        final AtomicInteger completions = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final AtomicInteger abandoned = new AtomicInteger();
        final AtomicInteger failedRequests = new AtomicInteger();
        final AtomicLong requests = new AtomicLong();
        final ConcurrentLinkedQueue<Long> completionNanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

        void failed(String what, Answer a) {
            failedRequests.incrementAndGet();
            if (firstErrors.size() < 5) {
                String body = a.body() == null ? "" : a.body();
                firstErrors.add(what + " → " + a.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
            }
        }

        long[] latencies() {
            return completionNanos.stream().mapToLong(Long::longValue).toArray();
        }
    }

    static void lifecycle(String base, int clients, int warmup, int evaluations, String figures) throws Exception {
        List<SeedPath.Step> steps = SeedPath.steps();
        List<String> bodies = steps.stream().map(s -> s.payload().toString()).toList();
        List<Client> signedIn = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            signedIn.add(Client.signIn(base));
        }
        if (figures.equals("http")) {
            authenticationCost(base);
        }
        String due = LocalDate.now().plusDays(45).toString();
        AtomicInteger serial = new AtomicInteger();
        if (warmup > 0) {
            Tally w = run(signedIn, warmup, steps, bodies, due, serial, "warm-up");
            Results.note("warm-up: " + w.closed.get() + " of " + warmup + " evaluations closed by " + clients + " clients, "
                    + w.failedRequests.get() + " failed requests");
            w.firstErrors.forEach(e -> Results.note("failed in the warm-up: " + e));
        }
        long t0 = System.nanoTime();
        Tally t = run(signedIn, evaluations, steps, bodies, due, serial, "measured");
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] lat = t.latencies();
        Results.note(String.format(java.util.Locale.ROOT, "%s: %d clients, %d evaluations, %d closed, %d abandoned, %d completions,"
                        + " %d requests (%.1f/s), %d failed requests, %.1f s", figures, clients, evaluations, t.closed.get(),
                t.abandoned.get(), t.completions.get(), t.requests.get(), t.requests.get() / seconds, t.failedRequests.get(), seconds));
        t.firstErrors.forEach(e -> Results.note("failed: " + e));
        if (figures.equals("http")) {
            Results.print("http_completions_per_s", t.completions.get() / seconds, "completions/s");
            Results.print("http_p50_ms", Results.ms(Results.percentile(lat, 50)), "ms");
            Results.print("http_p95_ms", Results.ms(Results.percentile(lat, 95)), "ms");
            Results.print("http_p99_ms", Results.ms(Results.percentile(lat, 99)), "ms");
        } else {
            Results.note(String.format(java.util.Locale.ROOT, "batch: completion p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; %.1f completions/s",
                    Results.ms(Results.percentile(lat, 50)), Results.ms(Results.percentile(lat, 95)),
                    Results.ms(Results.percentile(lat, 99)), t.completions.get() / seconds));
            Results.print("batch_10k_s", seconds, "s");
            Results.print("batch_10k_errors", (long) t.failedRequests.get(), "errors");
        }
    }

    /** {@code count} evaluations shared among the clients, each driven from commission to CLOSED; stops an evaluation at its first failure. */
    static Tally run(List<Client> clients, int count, List<SeedPath.Step> steps, List<String> bodies, String due,
                     AtomicInteger serial, String phase) throws InterruptedException {
        Tally t = new Tally();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients.size());
        for (Client c : clients) {
            start("load-" + phase, () -> {
                try {
                    while (next.getAndIncrement() < count) {
                        drive(c, steps, bodies, due, serial.incrementAndGet(), t);
                    }
                } catch (RuntimeException e) {
                    t.failed("client crashed", new Answer(0, e.toString(), 0));
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return t;
    }

    /** Answers the API asks to retry: 409 (concurrent update, stale version) and 503 (busy; nothing was saved). */
    static boolean retryable(Answer a) {
        return a.status() == 409 || a.status() == 503;
    }

    static void drive(Client c, List<SeedPath.Step> steps, List<String> bodies, String due, int n, Tally t) {
        Session bureau = c.as().get(SeedPath.Actor.BUREAU);
        String commission = SeedPath.commission(SeedPath.TITLE + " HTTP基准" + n + "-" + ProcessHandle.current().pid(), due).toString();
        Answer a = bureau.post("/api/evaluations", commission);
        t.requests.incrementAndGet();
        for (int retry = 0; a.status() == 503 && retry < RETRIES; retry++) {
            t.failed("commission", a);
            a = bureau.post("/api/evaluations", commission);
            t.requests.incrementAndGet();
        }
        if (a.status() != 201) {
            t.failed("commission", a);
            t.abandoned.incrementAndGet();
            return;
        }
        JsonObject current = a.json();
        long id = current.getJsonNumber("id").longValue();
        for (int i = 0; i < steps.size(); i++) {
            SeedPath.Step step = steps.get(i);
            Session s = c.as().get(step.actor());
            Answer done = null;
            for (int attempt = 0; attempt <= RETRIES; attempt++) {
                String task = attempt == 0 ? openTask(current, step.key()) : null;
                if (task == null) {
                    // not in the last answer (it should be), or a retry: ask for the evaluation as it is now
                    Answer g = s.get("/api/evaluations/" + id);
                    t.requests.incrementAndGet();
                    if (!g.ok()) {
                        t.failed("GET evaluation " + id, g);
                        t.abandoned.incrementAndGet();
                        return;
                    }
                    task = openTask(g.json(), step.key());
                    if (task == null) {
                        t.failed("no open " + step.key() + " in evaluation " + id, g);
                        t.abandoned.incrementAndGet();
                        return;
                    }
                }
                done = s.post("/api/tasks/" + task + "/complete", bodies.get(i));
                t.requests.incrementAndGet();
                if (done.status() == 200 || !retryable(done)) {
                    break;
                }
                t.failed(step.key() + " of evaluation " + id + " (retried)", done);
            }
            if (done.status() != 200) {
                t.failed(step.key() + " of evaluation " + id, done);
                t.abandoned.incrementAndGet();
                return;
            }
            t.completionNanos.add(done.nanos());
            t.completions.incrementAndGet();
            current = done.json();
        }
        if ("CLOSED".equals(current.getString("status", ""))) {
            t.closed.incrementAndGet();
        } else {
            t.abandoned.incrementAndGet();
            t.failed("evaluation " + id + " not closed", new Answer(200, current.getString("status", "?"), 0));
        }
    }

    private static String openTask(JsonObject evaluation, String key) {
        if (!(evaluation.get("openTasks") instanceof jakarta.json.JsonArray tasks)) {
            return null;
        }
        for (JsonValue v : tasks) {
            JsonObject task = v.asJsonObject();
            if (key.equals(task.getString("key", ""))) {
                return task.getString("id");
            }
        }
        return null;
    }

    /**
     * What authentication costs per request: HTTP Basic checks the password with PBKDF2 (120,000
     * iterations) unless Authenticator remembers a recent success; the session only reads the account.
     */
    static void authenticationCost(String base) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest basic = HttpRequest.newBuilder(URI.create(base + "/api/session")).timeout(TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        Answer cold = exchange(http, basic);
        int n = 50;
        long basicNanos = 0;
        for (int i = 0; i < n; i++) {
            basicNanos += exchange(http, basic).nanos();
        }
        Session session = new Session(base, "admin", "demo");
        long sessionNanos = 0;
        for (int i = 0; i < n; i++) {
            sessionNanos += session.get("/api/session").nanos();
        }
        long p0 = System.nanoTime();
        try {
            SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                    new PBEKeySpec("demo".toCharArray(), new byte[16], 120_000, 256));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        long pbkdf2 = System.nanoTime() - p0;
        Results.note(String.format(java.util.Locale.ROOT, "authentication, GET /api/session as admin: first Basic request %.0f ms"
                        + " (status %d; PBKDF2 check, then remembered 5 min by Authenticator), Basic after %.1f ms, session %.1f ms"
                        + " (means of %d); one PBKDF2-SHA256 120,000-iteration hash in this JVM %.0f ms",
                Results.ms(cold.nanos()), cold.status(), Results.ms(basicNanos / (double) n), Results.ms(sessionNanos / (double) n), n,
                Results.ms(pbkdf2)));
    }

    // ---------------------------------------------------------------- get: concurrent users reading a list

    /**
     * Each user ("name:password" per line) signs in, then sends {@code requests} GETs of the paths, in turn,
     * pausing between an answer and the next request for a time drawn evenly from half to one and a half
     * {@code thinkMs} (a person reading the page; none when 0, every user sending back to back).
     */
    static void gets(String base, String name, List<String> users, List<String> paths, int requests, int thinkMs)
            throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (String u : users) {
            int colon = u.indexOf(':');
            sessions.add(new Session(base, u.substring(0, colon), u.substring(colon + 1)));
        }
        // one request per user before measuring: the first of each query plan and class
        Tally t = new Tally();
        for (int i = 0; i < sessions.size(); i++) {
            Answer a = sessions.get(i).get(paths.get(i % paths.size()));
            if (!a.ok()) {
                t.failed("warm-up " + paths.get(i % paths.size()), a);
            }
        }
        AtomicLong bytes = new AtomicLong();
        AtomicInteger items = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(sessions.size());
        for (int u = 0; u < sessions.size(); u++) {
            Session s = sessions.get(u);
            int user = u;
            java.util.Random pauses = new java.util.Random(1000L + u);
            start("get-" + u, () -> {
                try {
                    go.await();
                    for (int r = 0; r < requests; r++) {
                        if (thinkMs > 0) {
                            Thread.sleep(thinkMs / 2 + pauses.nextInt(thinkMs + 1));
                        }
                        String path = paths.get((user * requests + r) % paths.size());
                        Answer a = s.get(path);
                        t.requests.incrementAndGet();
                        if (a.ok()) {
                            t.completionNanos.add(a.nanos());
                            bytes.addAndGet(a.body().length());
                            if (r == 0 && a.json().get("items") instanceof jakarta.json.JsonArray arr) {
                                items.addAndGet(arr.size());
                            }
                        } else {
                            t.failed("GET " + path, a);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        long t0 = System.nanoTime();
        go.countDown();
        done.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] lat = t.latencies();
        Results.note(String.format(java.util.Locale.ROOT, "%s: %d users × %d requests (%s) in %.1f s (%.1f/s), %d failed;"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms; on average %.0f items and %.0f KB per answer",
                name, sessions.size(), requests, thinkMs > 0 ? "pausing " + thinkMs / 2 + "–" + (thinkMs * 3 / 2) + " ms between"
                        : "back to back", seconds, t.requests.get() / seconds, t.failedRequests.get(),
                Results.ms(Results.percentile(lat, 50)), Results.ms(Results.percentile(lat, 99)), Results.ms(Results.percentile(lat, 100)),
                items.get() / (double) sessions.size(), lat.length == 0 ? 0 : bytes.get() / 1024.0 / lat.length));
        t.firstErrors.forEach(e -> Results.note("failed: " + e));
        Results.print(name + "_p95_ms", Results.ms(Results.percentile(lat, 95)), "ms");
    }
}
