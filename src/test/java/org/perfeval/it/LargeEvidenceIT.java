package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence files at their hardest, on the runnable jar: a 100 MB file up and down with the heap
 * capped at 256 MB (nothing holds a whole file), and a kill -9 while an upload is being stored,
 * after which no half file is visible and the same file can be uploaded again.
 */
class LargeEvidenceIT {

    private RunningApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aHundredMegabyteFileGoesUpAndDownWithTheHeapCappedAt256Megabytes() throws Exception {
        app = new RunningApp(Map.of("PERFEVAL_EVIDENCE_MAX_FILE_MB", "128", "PERFEVAL_EVIDENCE_MAX_EVALUATION_MB", "256"));
        app.setJvmOptions(List.of("-Xmx256m"));
        app.start();
        ApiClient api = app.api();
        long id = api.commission("大文件测试 " + System.nanoTime(), "山西天正会计师事务所", LocalDate.now().plusDays(30).toString());
        Path file = Files.createTempFile("evidence-100mb", ".pdf");
        try {
            String sha256 = writeNoise(file, 100L * 1024 * 1024);
            long t0 = System.nanoTime();
            ApiClient.Reply up = api.uploadFile("department", "POST", "/api/evaluations/" + id + "/files", "现场录像截图合集.pdf",
                    HttpRequest.BodyPublishers.ofFile(file));
            long uploadMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(201, up.status(), up.body());
            assertEquals(sha256, up.json().getString("sha256"));
            assertEquals(100L * 1024 * 1024, up.json().getJsonNumber("size").longValue());

            t0 = System.nanoTime();
            HttpResponse<InputStream> down = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(app.url() + "/api/files/" + up.json().getJsonNumber("id")))
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bureau:demo".getBytes(StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(300)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, down.statusCode());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = down.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                    size += n;
                }
            }
            long downloadMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(100L * 1024 * 1024, size);
            assertEquals(sha256, HexFormat.of().formatHex(digest.digest()), "byte-identical");
            assertFalse(app.log().contains("OutOfMemoryError"), "no OutOfMemoryError in the app's log");
            System.out.printf("LargeEvidenceIT: 100 MB with -Xmx256m: upload %d ms, download %d ms%n", uploadMs, downloadMs);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void killedWhileAnUploadIsStoredNoHalfFileIsVisible() throws Exception {
        // the demo's own uploads at the first start must not pause: the hook is set from the second start on
        app = new RunningApp(Map.of());
        app.start();
        assertTrue(app.stop(), "stopped");
        app.setEnvironment(Map.of("PERFEVAL_TEST_PAUSE_AT", "storeEvidence"));
        app.start();
        ApiClient api = app.api();
        long id = api.commission("上传崩溃测试 " + System.nanoTime(), "山西天正会计师事务所", LocalDate.now().plusDays(30).toString());
        byte[] content = EvidenceSamples.pdfOfSize(3 * 1024 * 1024, 42);
        CompletableFuture<Integer> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return api.uploadFile("department", id, "资金拨付凭证.pdf", content).status();
            } catch (RuntimeException connectionLost) {
                return -1;
            }
        });
        app.awaitLog("pausing at storeEvidence");
        assertTrue(app.kill(), "the app dies on SIGKILL");
        assertFalse(inFlight.get() == 201, "the killed upload cannot have succeeded");

        app.setEnvironment(Map.of());
        app.start();
        assertEquals(0, api.get("department", "/api/evaluations/" + id + "/files").json().getJsonArray("items").size(),
                "no half file is listed");
        assertEquals(0, api.get("bureau", "/api/evaluations/" + id + "/audit?size=500").json().getJsonArray("items").stream()
                .filter(e -> e.asJsonObject().getString("action").equals("uploadEvidence")).count(), "nor audited");
        Path incoming = app.dataDir().resolve("evidence").resolve("incoming");
        assertTrue(!Files.isDirectory(incoming) || Files.list(incoming).findAny().isEmpty(), "the spooled part was cleared");

        ApiClient.Reply again = api.uploadFile("department", id, "资金拨付凭证.pdf", content);
        assertEquals(201, again.status(), again.body());
        assertArrayEquals(content, api.fetch("evaluator", "/api/files/" + again.json().getJsonNumber("id")).body(),
                "the same content is stored whole after the crash");
    }

    @Test
    void theFileSystemStoreKeepsEachContentOnceUnderTheDataDirectory() throws Exception {
        app = new RunningApp(Map.of("PERFEVAL_EVIDENCE_STORE", "filesystem"));
        app.start();
        ApiClient api = app.api();
        long id = api.commission("文件存储测试 " + System.nanoTime(), "山西天正会计师事务所", LocalDate.now().plusDays(30).toString());
        byte[] content = EvidenceSamples.pdfOfSize(700 * 1024, 77);
        Path stored = app.dataDir().resolve("evidence").resolve("content");
        List<Path> before = storedFiles(stored);
        ApiClient.Reply first = api.uploadFile("department", id, "会议纪要.pdf", content);
        ApiClient.Reply second = api.uploadFile("evaluator", id, "会议纪要（副本）.pdf", content);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, second.status(), second.body());
        List<Path> added = new java.util.ArrayList<>(storedFiles(stored));
        added.removeAll(before);
        assertEquals(List.of(first.json().getString("sha256")), added.stream().map(p -> p.getFileName().toString()).toList(),
                "one file, named by its hash, for the two uploads (beside the demo's)");
        assertArrayEquals(content, Files.readAllBytes(added.get(0)));
        assertArrayEquals(content, api.fetch("bureau", "/api/files/" + second.json().getJsonNumber("id")).body());
    }

    private static List<Path> storedFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }


    /** {@code size} bytes opening as a PDF, then noise; returns their SHA-256. */
    private static String writeNoise(Path file, long size) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Random random = new Random(100);
        byte[] buffer = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += buffer.length) {
                random.nextBytes(buffer);
                if (written == 0) {
                    byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(head, 0, buffer, 0, head.length);
                }
                digest.update(buffer);
                out.write(buffer);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
