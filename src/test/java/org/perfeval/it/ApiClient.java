package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** A small JSON-over-HTTP client for the integration tests, speaking as one demo user at a time. */
public final class ApiClient {

    // HTTP/1.1 as browsers speak it to a plain-http server (the JDK client would otherwise ask each new connection to upgrade to h2c)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public ApiClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public record Reply(int status, String body) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public List<String> detailPaths() {
            return json().getJsonArray("details").stream().map(d -> ((JsonObject) d).getString("path")).toList();
        }
    }

    /** {@code user} is a demo account name (password "demo") or "name:password"; null sends no credentials. */
    public Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Reply post(String user, String path, String body) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A binary download or upload: status, content type and bytes. */
    public record Binary(int status, String type, byte[] bytes) {
    }

    public Binary download(String user, String path, String accept) {
        return binary(user, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    public Reply upload(String user, String path, String contentType, byte[] body) {
        Binary b = binary(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        return new Reply(b.status(), new String(b.bytes(), StandardCharsets.UTF_8));
    }

    private Binary binary(String user, HttpRequest.Builder request) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<byte[]> r = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data upload of one part {@code file}, its bytes streamed from {@code content}. */
    public Reply uploadFile(String user, String method, String path, String fileName, HttpRequest.BodyPublisher content) {
        String boundary = "----perfeval" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), content,
                        HttpRequest.BodyPublishers.ofByteArray(tail))));
    }

    public Reply uploadFile(String user, long evaluationId, String fileName, byte[] content) {
        return uploadFile(user, "POST", "/api/evaluations/" + evaluationId + "/files", fileName,
                HttpRequest.BodyPublishers.ofByteArray(content));
    }

    /** A download's status, headers and bytes. */
    public HttpResponse<byte[]> fetch(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String user, String path, JsonStructure body) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    public Reply delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    public Reply post(String user, String path, JsonStructure body) {
        return post(user, path, body.toString());
    }

    private Reply send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user.contains(":") ? user : user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the caller's open task with this key in this evaluation. */
    public String task(String user, long evaluationId, String key) {
        Reply r = get(user, "/api/tasks?evaluationId=" + evaluationId);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(t -> t.getJsonNumber("evaluationId").longValue() == evaluationId && t.getString("key").equals(key))
                .map(t -> t.getString("id")).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no open task " + key + " in " + evaluationId + ": " + r.body()));
    }

    /** Completes the caller's task and expects success; returns the evaluation as the API shows it after. */
    public JsonObject complete(String user, long evaluationId, String key, JsonStructure payload) {
        Reply r = post(user, "/api/tasks/" + task(user, evaluationId, key) + "/complete", payload);
        assertEquals(200, r.status(), () -> key + ": " + r.body());
        return r.json();
    }

    public long commission(String title, String agency, String dueDate) {
        Reply r = post("bureau", "/api/evaluations", Json.createObjectBuilder()
                .add("title", title).add("year", 2022).add("kind", "DEPARTMENT")
                .add("subject", Json.createObjectBuilder().add("name", "新能源汽车园事业服务中心"))
                .add("agency", Json.createObjectBuilder().add("name", agency))
                .add("dueDate", dueDate).add("basis", SEED_BASIS).build());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    /** The seed report's 实施方案, which its 摘要 cites. */
    public static final JsonObject SEED_BASIS = Json.createObjectBuilder()
            .add("title", "示范区晋中开发区财政局关于印发〈2023年度区级财政重点绩效评价实施方案〉的通知")
            .add("number", "综示晋开财发〔2023〕156号").build();

    /** The sections the evaluator writes before submitting a draft (the seed report's 部门概况 and 主要经验和做法). */
    public static final JsonObject SEED_SECTIONS = Json.createObjectBuilder()
            .add("overview", "示范区晋中开发区分为大学城产业园、汇通产业园、潇河产业园、新能源汽车园四个产业园区，本次评价的部门为"
                    + "新能源汽车园事业服务中心（即新能源汽车园）。新能源汽车园事业服务中心为公益一类事业单位，为副处级建制，内设2个科室，"
                    + "分别是企业服务办公室、产业创新发展办公室。")
            .add("experience", "积极建链补链强链，壮大汽车产业集群\n积极推进汽车零部件制造和相关产业成链发展，在建链、补链、强链上下功夫，"
                    + "新能源综合配套产业园引进的六家企业全部建成投产。").build();

    /** A first draftReport payload: the pre-filled problems and recommendations with the sections written. */
    public static JsonObjectBuilder draft() {
        return Json.createObjectBuilder().add("sections", SEED_SECTIONS);
    }

    /** Commissions the seed case and drives it through scoring: the evaluator's draftReport is open; returns its id. */
    public long scoreSeed(String title, String agency, String dueDate) {
        JsonObject seed = seedCase();
        long id = commission(title, agency, dueDate);
        complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        complete("evaluator", id, "setTargets", Json.createObjectBuilder().add("indicators", targetsOf(seed)).build());
        complete("department", id, "submitData", Json.createObjectBuilder().add("funds", seed.getJsonObject("funds")).build());
        complete("evaluator", id, "collectData", Json.createObjectBuilder()
                .add("actuals", actualsOf(seed)).add("checklist", seed.getJsonObject("checklist")).build());
        complete("evaluator", id, "score", Json.createObjectBuilder().add("scores", scoresOf(seed)).build());
        return id;
    }

    /** Commissions the seed case and drives it through approval by the bureau; returns its id. */
    public long publishSeed(String title, String agency, String dueDate) {
        long id = scoreSeed(title, agency, dueDate);
        complete("evaluator", id, "draftReport", draft()
                .add("recommendations", Json.createArrayBuilder().add("提高部门预算编制精准度，降低预算调整率")
                        .add("加强预算绩效管理认识，提高预算绩效管理水平")).build());
        complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", true).build());
        complete("bureau", id, "review", Json.createObjectBuilder().add("approved", true).build());
        return id;
    }

    /**
     * Commissions the seed case and drives it to publication keeping the problems and recommendations the
     * templates drafted, with the seed's sections written; returns its id.
     */
    public long publishSeedAsDrafted(String title, String agency, String dueDate) {
        long id = scoreSeed(title, agency, dueDate);
        complete("evaluator", id, "draftReport", draft().build());
        complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", true).build());
        complete("bureau", id, "review", Json.createObjectBuilder().add("approved", true).build());
        return id;
    }

    /** The caller's notifications of one kind about one evaluation. */
    public long notifications(String user, long evaluationId, String kind) {
        return get(user, "/api/notifications").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(n -> n.getString("kind").equals(kind) && n.containsKey("evaluationId")
                        && n.getJsonNumber("evaluationId").longValue() == evaluationId).count();
    }

    /** The seed case of ../shared/cases, as the test resources carry it. */
    public static JsonObject seedCase() {
        try (var in = ApiClient.class.getResourceAsStream("/cases/seed-2022.json")) {
            return Json.createReader(in).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static JsonArray targetsOf(JsonObject sheet) {
        return org.perfeval.json.SheetParts.targets(sheet);
    }

    public static JsonArray actualsOf(JsonObject sheet) {
        return org.perfeval.json.SheetParts.actuals(sheet);
    }

    public static JsonArray scoresOf(JsonObject sheet) {
        return org.perfeval.json.SheetParts.judgments(sheet);
    }
}
