package org.perfeval.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code batch_10k_s}, {@code batch_10k_errors}: {@code bench.batch} evaluations (10,000) commissioned
 * and driven to CLOSED through the API by {@code bench.clients} clients, the app's heap capped at
 * {@code bench.batchHeap} (512m), on a fresh database; the time of the whole batch and every request
 * answered other than 2xx (or not at all).
 */
@ExtendWith(BenchSelection.class)
@Figures("batch")
@Order(6)
class BatchBench {

    @Test
    void batchWithACappedHeap() throws Exception {
        Harness h = Harness.current();
        String heap = h.cfg.get("bench.batchHeap", "512m");
        try (AppProcess app = AppProcess.start(h.perfevalJar(), List.of("-Xmx" + heap),
                Harness.appEnvironment(h.freshDatabase("batch"), "bench-batch"), h.log("batch-app"))) {
            app.awaitReady(Duration.ofMinutes(5));
            Results.note("batch: " + h.cfg.batch() + " evaluations, " + h.cfg.clients() + " clients, app heap -Xmx" + heap);
            h.runLoad("lifecycle", "base=" + app.url(), "clients=" + h.cfg.clients(), "warmup=0",
                    "evaluations=" + h.cfg.batch(), "figures=batch");
            boolean oom = new String(Files.readAllBytes(app.log()), java.nio.charset.StandardCharsets.UTF_8).contains("OutOfMemoryError");
            Results.note("batch: app " + (app.alive() ? "still running" : "GONE") + (oom ? ", OutOfMemoryError in its log" : "")
                    + ", peak resident memory " + app.peakMemory() + ", log " + app.log());
        }
    }
}
