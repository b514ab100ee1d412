package org.perfeval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.bench.hello.HelloApplication;
import org.perfeval.bench.hello.HelloResource;

/**
 * {@code ready_s}, {@code hello_ready_s}, {@code ready_ratio}: seconds from starting the process to the
 * first 200 of {@code /health/ready}, for perfeval.jar and for a hello-world WAR (one JAX-RS resource)
 * made into a runnable jar by the same Payara Micro (target/payara-micro.jar) with the same options
 * as perfeval.jar ({@code --nohazelcast}, the post-boot commands). Each is started once on its own
 * (perfeval.jar on a fresh database: migrations and demo data; not timed, noted), then
 * {@code bench.readyRuns} times (3) on the same data, the median taken: the start of an installed app.
 */
@ExtendWith(BenchSelection.class)
@Figures("ready")
@Order(7)
class ReadyBench {

    @Test
    void timeToReady() throws Exception {
        Harness h = Harness.current();
        Map<String, String> env = Harness.appEnvironment(h.freshDatabase("ready"), "bench-ready");
        double app = median(h, "perfeval", h.perfevalJar(), env);
        double hello = median(h, "hello", helloJar(h), Map.of());
        Results.print("ready_s", app, "s");
        Results.print("hello_ready_s", hello, "s");
        Results.print("ready_ratio", app / hello, "ratio");
    }

    private static double median(Harness h, String name, Path jar, Map<String, String> env) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= h.cfg.readyRuns(); run++) {
            try (AppProcess p = AppProcess.start(jar, List.of(), env, h.log(name + "-ready-" + run))) {
                double s = p.awaitReady(Duration.ofMinutes(5));
                if (run == 0) {
                    Results.note(String.format(Locale.ROOT, "ready: %s first start %.1f s (not counted)", name, s));
                } else {
                    times.add(s);
                }
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Results.note("ready: " + name + " timed starts " + Arrays.stream(sorted).mapToObj(v -> String.format(Locale.ROOT, "%.1f", v))
                .toList() + " s");
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** hello.jar: the hello-world WAR at the root context, bundled by payara-micro.jar as perfeval.jar is (pom.xml, uber-jar). */
    private static Path helloJar(Harness h) throws IOException, InterruptedException {
        Path dir = h.freshDir("hello");
        Path war = dir.resolve("ROOT.war");
        ShrinkWrap.create(WebArchive.class, "ROOT.war").addClasses(HelloApplication.class, HelloResource.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        Path jar = dir.resolve("hello.jar");
        String postBoot = System.getProperty("perfeval.it.postBoot", "deployment/payara/post-boot-commands.asadmin");
        Process p = new ProcessBuilder(AppProcess.java(), "-jar", h.payaraMicroJar().toString(), "--nohazelcast",
                "--postbootcommandfile", Path.of(postBoot).toAbsolutePath().toString(), "--deploy", war.toString(),
                "--outputUberJar", jar.toString())
                .redirectErrorStream(true).redirectOutput(h.log("hello-uberjar").toFile()).start();
        if (p.waitFor() != 0 || !Files.exists(jar)) {
            throw new IllegalStateException("hello.jar not built, see " + h.log("hello-uberjar"));
        }
        return jar;
    }
}
