package org.perfeval.bench;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code http_completions_per_s}, {@code http_p50_ms}, {@code http_p95_ms}, {@code http_p99_ms}: the
 * runnable jar on a fresh database, and {@link HttpLoad} in a second JVM on loopback with
 * {@code bench.clients} clients (8), each signed in as the bureau, the evaluator and the department,
 * driving copies of the seed case along {@link SeedPath} from commission to CLOSED. The percentiles are
 * those of the task completions ({@code POST /api/tasks/{id}/complete}); a warm-up of
 * {@code bench.httpWarmup} evaluations comes first. Also notes what authentication costs per request.
 */
@ExtendWith(BenchSelection.class)
@Figures("http")
@Order(3)
class HttpBench {

    @Test
    void completionsOverHttp() throws Exception {
        Harness h = Harness.current();
        try (AppProcess app = AppProcess.start(h.perfevalJar(), List.of(),
                Harness.appEnvironment(h.freshDatabase("http"), "bench-http"), h.log("http-app"))) {
            app.awaitReady(Duration.ofMinutes(5));
            h.runLoad("lifecycle", "base=" + app.url(), "clients=" + h.cfg.clients(), "warmup=" + h.cfg.httpWarmup(),
                    "evaluations=" + h.cfg.httpEvaluations(), "figures=http");
            Results.note("http: the app's peak resident memory " + app.peakMemory() + " (default heap), log " + app.log());
        }
    }
}
