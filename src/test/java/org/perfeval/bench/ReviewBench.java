package org.perfeval.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.selfevaluation.FormGenerator;

/**
 * {@code review_10k_s}, {@code review_10k_heap_mb}: a year's self-evaluation forms ({@code bench.reviewForms},
 * 10,000 of 25 indicators, one workbook of generated forms) imported and desk-reviewed through the API:
 * seconds from the upload's first byte to the batch's CHECKED, the app's heap capped at
 * {@code bench.reviewHeap} (512m); the heap figure is the largest heap in use sampled (jstat) while
 * it ran. Meanwhile the bureau's progress request is timed (its p95 is noted): the app stays responsive.
 */
@ExtendWith(BenchSelection.class)
@Figures("review")
@Order(8)
class ReviewBench {

    private static final Pattern NUMBER_FIELD = Pattern.compile("\"(\\w+)\":\"?([A-Z_]+|\\d+)\"?");

    @Test
    void aYearOfFormsImportedAndChecked() throws Exception {
        Harness h = Harness.current();
        int forms = h.cfg.size("bench.reviewForms", 10_000, 500);
        String heap = h.cfg.get("bench.reviewHeap", "512m");
        Path workbook = h.freshDir("review-forms").resolve("forms.xlsx");
        long g0 = System.nanoTime();
        FormGenerator.writeWorkbook(workbook, forms, 2023, FormGenerator.DEFAULT_INDICATORS);
        Results.note(String.format(Locale.ROOT, "review: %d forms × %d indicators, %.1f MB workbook generated in %.1f s",
                forms, FormGenerator.DEFAULT_INDICATORS, Files.size(workbook) / 1048576.0, (System.nanoTime() - g0) / 1e9));
        try (AppProcess app = AppProcess.start(h.perfevalJar(), List.of("-Xmx" + heap),
                Harness.appEnvironment(h.freshDatabase("review"), "bench-review"), h.log("review-app"))) {
            app.awaitReady(Duration.ofMinutes(5));
            HttpClient http = HttpClient.newHttpClient();
            String batches = app.url() + "/api/self-evaluation/batches";
            HttpResponse<String> created = http.send(json(batches, "{\"year\":2023,\"name\":\"基准复核\"}"),
                    HttpResponse.BodyHandlers.ofString());
            String id = field(created.body(), "id");
            HeapSampler sampler = new HeapSampler(app.pid());
            sampler.start();
            long t0 = System.nanoTime();
            HttpResponse<String> up = http.send(authorised(HttpRequest.newBuilder(URI.create(batches + "/" + id + "/forms")))
                    .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .POST(HttpRequest.BodyPublishers.ofFile(workbook)).build(), HttpResponse.BodyHandlers.ofString());
            if (up.statusCode() != 202) {
                throw new IllegalStateException("upload answered " + up.statusCode() + ": " + up.body());
            }
            List<Double> polls = new ArrayList<>();
            String batch;
            do {
                Thread.sleep(500);
                long p0 = System.nanoTime();
                batch = http.send(authorised(HttpRequest.newBuilder(URI.create(batches + "/" + id))).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                polls.add((System.nanoTime() - p0) / 1e6);
            } while (!"CHECKED".equals(field(batch, "status")) && (System.nanoTime() - t0) < Duration.ofMinutes(30).toNanos());
            double seconds = (System.nanoTime() - t0) / 1e9;
            sampler.stopSampling();
            if (!"CHECKED".equals(field(batch, "status")) || Integer.parseInt(field(batch, "processed")) != forms) {
                throw new IllegalStateException("not every form checked: " + batch);
            }
            polls.sort(Double::compare);
            Results.note(String.format(Locale.ROOT, "review: %s forms checked, %s failed, %s flagged; progress request p95 %.0f ms"
                    + " over %d polls; app heap -Xmx%s, peak resident %s", field(batch, "processed"), field(batch, "failed"),
                    field(batch, "flagged"), polls.get((int) Math.ceil(polls.size() * 0.95) - 1), polls.size(), heap,
                    app.peakMemory()));
            Results.print("review_10k_s", seconds, "s");
            Results.print("review_10k_heap_mb", sampler.peakMb(), "MB");
        }
    }

    private static HttpRequest json(String url, String body) {
        return authorised(HttpRequest.newBuilder(URI.create(url))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder b) {
        return b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bureau:demo".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(10));
    }

    /** A top-level number or upper-case word of a small JSON answer (the bench has no JSON library of its own). */
    private static String field(String json, String name) {
        Matcher m = NUMBER_FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    /** The app's heap in use (survivors, eden, old generation), sampled with jstat every 250 ms. */
    private static final class HeapSampler extends Thread {

        private final long pid;
        private final AtomicLong peakKb = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        @Override
        public void run() {
            String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
            while (running) {
                try {
                    Process p = new ProcessBuilder(jstat, "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
                    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                    p.waitFor();
                    if (lines.size() >= 2) {
                        List<String> head = List.of(lines.get(0).trim().split("\\s+"));
                        String[] values = lines.get(1).trim().split("\\s+");
                        double used = 0;
                        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                            used += Double.parseDouble(values[head.indexOf(column)]);
                        }
                        peakKb.accumulateAndGet((long) used, Math::max);
                    }
                    Thread.sleep(250);
                } catch (IOException | RuntimeException e) {
                    return; // no jstat here: the figure stays what was sampled
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        double peakMb() {
            return peakKb.get() / 1024.0;
        }
    }
}
