package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The holes a security probe of the running app found (issue 15), one test each, over HTTP on
 * Payara Micro as an outsider or a demo role would try them. Each failed before its fix.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityProbeIT {

    private static final String AGENCY = "山西天正会计师事务所";
    private static final String DEPARTMENT = "新能源汽车园事业服务中心";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")));
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ApiClient api() {
        return new ApiClient(base.toString());
    }

    private static String commission(String title, String dueDate) {
        return Json.createObjectBuilder().add("title", title).add("year", 2023).add("kind", "DEPARTMENT")
                .add("subject", Json.createObjectBuilder().add("name", DEPARTMENT))
                .add("agency", Json.createObjectBuilder().add("name", AGENCY)).add("dueDate", dueDate).build().toString();
    }

    private static String title() {
        return "2023年安全测试项目 " + UUID.randomUUID().toString().substring(0, 8);
    }

    private int evaluationCount() {
        return api().get("bureau", "/api/evaluations").json().getInt("total");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** A request written by hand, for headers an HTTP client will not send (Host, a bad charset). */
    private String raw(String head, byte[] body) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write((head + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // 1 (high): no Basic challenge, and a cross-site form is refused even with Basic credentials
    @Test
    void browsersAreNeverAskedForBasicAndCrossSiteFormsAreRefused() throws Exception {
        var download = send(HttpRequest.newBuilder(uri("/api/evaluations/1/report/pdf")).GET());
        assertEquals(401, download.statusCode());
        assertTrue(download.headers().firstValue("WWW-Authenticate").isEmpty(), "no Basic challenge");

        int before = evaluationCount();
        var form = send(HttpRequest.newBuilder(uri("/api/evaluations")).header("Authorization", basic("bureau"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(commission(title(),
                        LocalDate.now().plusDays(30).toString()))));
        assertEquals(403, form.statusCode(), form.body());
        assertEquals(before, evaluationCount(), "nothing created by the form");
        var urlEncoded = send(HttpRequest.newBuilder(uri("/api/evaluations")).header("Authorization", basic("bureau"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("a=b")));
        assertEquals(403, urlEncoded.statusCode());
        var untyped = send(HttpRequest.newBuilder(uri("/api/evaluations")).header("Authorization", basic("bureau"))
                .POST(HttpRequest.BodyPublishers.ofString(commission(title(), LocalDate.now().plusDays(30).toString()))));
        assertEquals(403, untyped.statusCode(), "a body without a type, as fetch with a Blob sends it: " + untyped.body());
        assertEquals(201, api().post("bureau", "/api/evaluations", commission(title(), LocalDate.now().plusDays(30).toString()))
                .status(), "JSON from an API client still works");
    }

    // 2: bodies are bounded before they are read, anonymous ones first of all
    @Test
    void oversizedBodiesAreRefusedWith413() throws Exception {
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        var login = send(HttpRequest.newBuilder(uri("/api/session")).header("Content-Type", "application/json")
                .header("X-Requested-With", "t").POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEquals(413, login.statusCode(), login.body());
        // streamed without a length: cut off at the limit
        var streamed = send(HttpRequest.newBuilder(uri("/api/session")).header("Content-Type", "application/json")
                .header("X-Requested-With", "t").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big))));
        assertEquals(413, streamed.statusCode(), streamed.body());
        byte[] twoMb = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(twoMb, (byte) ' ');
        var complete = send(HttpRequest.newBuilder(uri("/api/tasks/x/complete")).header("Authorization", basic("evaluator"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(twoMb)));
        assertEquals(413, complete.statusCode(), complete.body());
        assertEquals("payload_too_large", Json.createReader(new StringReader(complete.body())).readObject().getString("error"));
    }

    // 3: a workbook that unpacks to 95 MB (ratio under POI's own guard) is refused cheaply; the engine's threads live on
    @Test
    void anXlsxMemoryBombIsRefusedAndTheEngineKeepsItsThreads() throws Exception {
        byte[] bomb = bomb(95L * 1024 * 1024);
        assertTrue(bomb.length < 5 * 1024 * 1024, "the bomb fits the upload limit: " + bomb.length);
        long id = api().commission(title(), AGENCY, LocalDate.now().plusDays(30).toString());
        api().complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        String targets = api().task("evaluator", id, "setTargets");
        long t0 = System.nanoTime();
        ApiClient.Reply r = api().upload("evaluator", "/api/tasks/" + targets + "/import",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bomb);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(400, r.status(), r.body());
        assertTrue(r.json().getString("message").contains("24 MB"), r.body());
        assertTrue(ms < 10_000, "refused in " + ms + " ms");
        var ready = send(HttpRequest.newBuilder(uri("/health/ready")).GET());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject check = Json.createReader(new StringReader(ready.body())).readObject().getJsonArray("checks").getJsonObject(0);
        assertEquals("true", check.getJsonObject("data").get("jobThreads").toString().replace("\"", ""), ready.body());
    }

    /** An xlsx-shaped zip whose sheet unpacks to {@code size} bytes at a ratio of about 40:1. */
    private static byte[] bomb(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Random random = new Random(7);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] padding = " ".repeat(400).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < size; written += padding.length + 8) {
                zip.write(String.format("%08x", random.nextInt()).getBytes(StandardCharsets.UTF_8));
                zip.write(padding);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    // 4: numbers that would cost CPU or overflow are refused before any arithmetic
    @Test
    void hugeNumbersAreRefusedWith422() throws Exception {
        JsonObject seed = ApiClient.seedCase();
        for (String number : List.of("1e30000000", "1e999999999", "1e100000", "0.000000001")) {
            String sheet = seed.toString().replace("\"initialBudget\":44.84", "\"initialBudget\":" + number);
            assertTrue(sheet.contains(number), "seed funds replaced");
            long t0 = System.nanoTime();
            ApiClient.Reply r = api().post("evaluator", "/api/scoring/preview", sheet);
            assertEquals(422, r.status(), number + ": " + r.body());
            // the first error names the number; formulas that needed it may follow
            assertEquals("funds.initialBudget", r.detailPaths().get(0), number);
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 3000, number + " answered quickly");
        }
    }

    // 5: login CSRF
    @Test
    void signInFromAnotherSitesFormIsRefused() throws Exception {
        var r = send(HttpRequest.newBuilder(uri("/api/session")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bureau\",\"password\":\"demo\"}")));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")), "no session");
        var ui = send(HttpRequest.newBuilder(uri("/api/session")).header("Content-Type", "application/json")
                .header("X-Requested-With", "PerfEval")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bureau\",\"password\":\"demo\"}")));
        assertEquals(200, ui.statusCode(), "the UI's own sign-in still works");
    }

    // 6: input that made 500s
    @Test
    void farDatesAndUnknownCharsetsAre4xxNamingTheFieldOrHeader() throws Exception {
        ApiClient.Reply far = api().post("bureau", "/api/evaluations", commission(title(), "9999-12-31"));
        assertEquals(422, far.status(), far.body());
        assertEquals(List.of("dueDate"), far.detailPaths());

        long id = api().publishSeed(title(), AGENCY, LocalDate.now().plusDays(30).toString());
        String plan = api().task("department", id, "rectificationPlan");
        ApiClient.Reply farPlan = api().post("department", "/api/tasks/" + plan + "/complete",
                "{\"measures\": \"细化预算编制\", \"dueDate\": \"9999-12-31\"}");
        assertEquals(422, farPlan.status(), farPlan.body());
        assertEquals(List.of("dueDate"), farPlan.detailPaths());

        String reply = raw("POST " + base.getPath() + "api/scoring/preview HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                + "Authorization: " + basic("evaluator") + "\r\nContent-Type: application/json; charset=foo-bar\r\n",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertTrue(reply.startsWith("HTTP/1.1 415"), reply);
        assertTrue(reply.contains("Content-Type"), reply);
    }

    // 7: an unknown user costs as much as a wrong password
    @Test
    void unknownUsersAreAnsweredAsSlowlyAsWrongPasswords() throws Exception {
        List<Long> unknown = new ArrayList<>();
        List<Long> known = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            unknown.add(signInMillis("nobody" + i, "wrong"));
            known.add(signInMillis("department", "wrong" + i));
        }
        Collections.sort(unknown);
        Collections.sort(known);
        long u = unknown.get(4);
        long k = known.get(4);
        assertTrue(u * 2 >= k, "median unknown " + u + " ms against known " + k + " ms");
    }

    private long signInMillis(String user, String password) throws Exception {
        long t0 = System.nanoTime();
        var r = send(HttpRequest.newBuilder(uri("/api/session")).header("Content-Type", "application/json")
                .header("X-Requested-With", "t").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")));
        assertEquals(401, r.statusCode());
        return (System.nanoTime() - t0) / 1_000_000;
    }

    // 8: Payara's metrics (heap, threads, pool) answer nobody; health and the OpenAPI document stay open
    @Test
    void metricsAreClosedWhileHealthStaysOpen() throws Exception {
        URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort());
        var metrics = send(HttpRequest.newBuilder(root.resolve("/metrics")).GET());
        assertFalse(metrics.statusCode() == 200, "metrics answered " + metrics.statusCode() + ": "
                + metrics.body().substring(0, Math.min(200, metrics.body().length())));
        assertEquals(200, send(HttpRequest.newBuilder(root.resolve("/health/ready")).GET()).statusCode());
    }

    // issue 10's hardening: security headers on pages and API answers, the session cookie SameSite
    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsSameSite() throws Exception {
        var page = send(HttpRequest.newBuilder(uri("/index.html")).GET());
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        var api = send(HttpRequest.newBuilder(uri("/api/evaluations")).header("Authorization", basic("bureau")).GET());
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
        var signIn = send(HttpRequest.newBuilder(uri("/api/session")).header("Content-Type", "application/json")
                .header("X-Requested-With", "PerfEval")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bureau\",\"password\":\"demo\"}")));
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElse("");
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax") && cookie.contains("HttpOnly"), cookie);
    }

    // issue 10's hardening: repeated failed sign-ins are throttled per account (429 with Retry-After), the right password too
    @Test
    void repeatedFailedSignInsAreThrottled() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertEquals(401, api().get("evaluator2:wrong" + i, "/api/evaluations").status());
        }
        var refused = send(HttpRequest.newBuilder(uri("/api/evaluations")).header("Authorization", basic("evaluator2")).GET());
        assertEquals(429, refused.statusCode(), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        var form = send(HttpRequest.newBuilder(uri("/api/session")).header("Content-Type", "application/json")
                .header("X-Requested-With", "t").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"evaluator2\",\"password\":\"demo\"}")));
        assertEquals(429, form.statusCode(), "the sign-in form is throttled alike");
        assertEquals(200, api().get("evaluator", "/api/evaluations").status(), "other accounts are not affected");
    }

    // 9: JSON is read strictly, and text over a field's limit is refused, never cut
    @Test
    void trailingGarbageDuplicateKeysAndOverlongTextAreRefused() {
        int before = evaluationCount();
        String body = commission(title(), LocalDate.now().plusDays(30).toString());
        assertEquals(400, api().post("bureau", "/api/evaluations", body + " GARBAGE {{{").status());
        assertEquals(400, api().post("bureau", "/api/evaluations", body.replaceFirst("\\{", "{\"title\": \"x\", ")).status());
        assertEquals(before, evaluationCount());

        long id = api().commission(title(), AGENCY, LocalDate.now().plusDays(30).toString());
        String accept = api().task("evaluator", id, "accept");
        ApiClient.Reply longReason = api().post("evaluator", "/api/tasks/" + accept + "/complete",
                Json.createObjectBuilder().add("accepted", false).add("reason", "理".repeat(3000)).build());
        assertEquals(422, longReason.status(), longReason.body());
        assertEquals(List.of("reason"), longReason.detailPaths());
        ApiClient.Reply tenMb = api().post("evaluator", "/api/tasks/" + accept + "/complete",
                "{\"accepted\": false, \"reason\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}");
        assertEquals(413, tenMb.status());
        assertEquals("COMMISSIONED", api().get("bureau", "/api/evaluations/" + id).json().getString("status"));
    }

    // 10: the Host header does not make the Location
    @Test
    void locationDoesNotFollowTheHostHeader() throws Exception {
        byte[] body = commission(title(), LocalDate.now().plusDays(30).toString()).getBytes(StandardCharsets.UTF_8);
        String reply = raw("POST " + base.getPath() + "api/evaluations HTTP/1.1\r\nHost: evil.example\r\n"
                + "Authorization: " + basic("bureau") + "\r\nContent-Type: application/json\r\n", body);
        assertTrue(reply.startsWith("HTTP/1.1 201"), reply.substring(0, Math.min(300, reply.length())));
        String location = reply.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst().orElseThrow();
        assertFalse(location.contains("evil.example"), location);
        assertTrue(location.substring(9).strip().startsWith("/api/evaluations/"), location);
    }

    // 11: a retried commission does not make a second evaluation
    @Test
    void theSameIdempotencyKeyGivesTheSameEvaluation() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = commission(title(), LocalDate.now().plusDays(30).toString());
        int before = evaluationCount();
        var first = send(HttpRequest.newBuilder(uri("/api/evaluations")).header("Authorization", basic("bureau"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        var retry = send(HttpRequest.newBuilder(uri("/api/evaluations")).header("Authorization", basic("bureau"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), retry.body());
        long a = Json.createReader(new StringReader(first.body())).readObject().getJsonNumber("id").longValue();
        long b = Json.createReader(new StringReader(retry.body())).readObject().getJsonNumber("id").longValue();
        assertEquals(a, b);
        assertEquals(before + 1, evaluationCount());
        var other = send(HttpRequest.newBuilder(uri("/api/evaluations")).header("Authorization", basic("bureau"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(commission(title(), LocalDate.now().plusDays(30).toString()))));
        assertEquals(422, other.statusCode(), "the same key for another commission: " + other.body());
        assertEquals(before + 1, evaluationCount());
    }

    // 12: text that confuses readers
    @Test
    void controlAndBidiCharactersInTitlesAndNamesAreRefused() {
        String due = LocalDate.now().plusDays(30).toString();
        for (String bad : List.of("报告\u0000", "报告\u202Efdp.exe", "报\u200B告")) {
            ApiClient.Reply r = api().post("bureau", "/api/evaluations", commission(bad, due));
            assertEquals(422, r.status(), r.body());
            assertEquals(List.of("title"), r.detailPaths());
        }
        ApiClient.Reply name = api().post("bureau", "/api/evaluations", commission(title(), due)
                .replace(DEPARTMENT, DEPARTMENT + "\u202E"));
        assertEquals(422, name.status(), name.body());
        assertEquals(List.of("subject.name"), name.detailPaths());
    }
}
