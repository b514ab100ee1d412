package org.perfeval.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP as the integration tests of authorization and bad input need it: any method, any headers, any
 * body (also none, also streamed without a length), and any credentials (a demo account, "name:password",
 * or none); the answer's status, type and bytes whatever they are. An observer signed in through the
 * UI's session reads the state between requests without paying for a password check each time.
 */
final class HttpCalls {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient observerHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    HttpCalls(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** One request: what is sent, as whom. */
    record Call(String method, String path, String credentials, Map<String, String> headers, byte[] body, boolean streamed) {

        static Call of(String method, String path) {
            return new Call(method, path, null, Map.of(), null, false);
        }

        static Call get(String path) {
            return of("GET", path);
        }

        /** A JSON body, as API clients send it. */
        static Call post(String path, String json) {
            return of("POST", path).json(json);
        }

        Call json(String json) {
            return body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        Call body(String contentType, byte[] bytes) {
            Call c = new Call(method, path, credentials, headers, bytes, streamed);
            return contentType == null ? c : c.header("Content-Type", contentType);
        }

        Call header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Call(method, path, credentials, Map.copyOf(h), body, streamed);
        }

        /** {@code null}: anonymous; "bureau": a demo account (password demo); "name:password". */
        Call as(String who) {
            return new Call(method, path, who, headers, body, streamed);
        }

        /** The body without a Content-Length (chunked), as a client streaming it sends it. */
        Call withoutLength() {
            return new Call(method, path, credentials, headers, body, true);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The answer, whatever it is. */
    record Answer(int status, String contentType, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        boolean success() {
            return status >= 200 && status < 300;
        }

        /** The body as a JSON object, or null when it is not one. */
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** Whether the body is API.md's error body {@code {error, message, details: [{path, message}]}}. */
        boolean isErrorBody() {
            JsonObject o = json();
            return o != null && o.get("error") instanceof JsonString && o.get("message") instanceof JsonString
                    && o.get("details") instanceof JsonArray d
                    && d.stream().allMatch(x -> x instanceof JsonObject e && e.get("path") instanceof JsonString);
        }

        List<String> detailPaths() {
            JsonObject o = json();
            if (o == null || !(o.get("details") instanceof JsonArray d)) {
                return List.of();
            }
            return d.stream().map(x -> ((JsonObject) x).getString("path", "?")).toList();
        }

        /** The start of the body, for messages. */
        String excerpt() {
            String t = contentType.startsWith("application/json") || contentType.startsWith("text") ? text()
                    : "<" + bytes.length + " bytes " + contentType + ">";
            return t.length() > 300 ? t.substring(0, 300) + "…" : t;
        }

        @Override
        public String toString() {
            return status + " " + excerpt();
        }
    }

    Answer send(Call call) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + call.path())).timeout(Duration.ofSeconds(120));
        call.headers().forEach(r::header);
        if (call.credentials() != null) {
            String c = call.credentials().contains(":") ? call.credentials() : call.credentials() + ":demo";
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(c.getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : call.streamed() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(call.body()))
                : HttpRequest.BodyPublishers.ofByteArray(call.body());
        r.method(call.method(), body);
        return exchange(http, r.build());
    }

    /** Signs the observer in through the UI's form (one password check, then the session). */
    void observeAs(String username, String password) {
        Answer a = exchange(observerHttp, HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json").header("X-Requested-With", "PerfEval-IT")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", username)
                        .add("password", password).build().toString())).build());
        if (a.status() != 200) {
            throw new AssertionError("observer sign-in: " + a);
        }
    }

    /** A GET as the signed-in observer. */
    Answer observe(String path) {
        Answer a = exchange(observerHttp, HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        if (a.status() != 200) {
            throw new AssertionError("observer GET " + path + ": " + a);
        }
        return a;
    }

    private static Answer exchange(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String ids(JsonObject list, String field) {
        StringBuilder b = new StringBuilder();
        for (JsonValue v : list.getJsonArray("items")) {
            b.append(((JsonObject) v).get(field)).append(',');
        }
        return b.toString();
    }

    /** Whether a list answer's items have one whose {@code field} is this number (or string). */
    /** The Content-Type of {@link #multipart}'s bodies. */
    static final String MULTIPART = "multipart/form-data; boundary=perfeval-test-part";

    /** A multipart body of one part, as a browser's FormData or curl -F sends a file. */
    static byte[] multipart(String part, String fileName, byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--perfeval-test-part\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n--perfeval-test-part--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static boolean lists(Answer a, String field, Object value) {
        JsonObject o = a.json();
        if (o == null || !(o.get("items") instanceof JsonArray items)) {
            return false;
        }
        String wanted = value instanceof String s ? Json.createValue(s).toString() : String.valueOf(value);
        return items.stream().anyMatch(i -> i instanceof JsonObject item && item.containsKey(field)
                && item.get(field).toString().equals(wanted));
    }
}
