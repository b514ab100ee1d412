package org.perfeval.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A runnable jar (perfeval.jar, or the hello-world jar) started by the harness as a process of its
 * own on a free port, with the environment it is given and nothing of the harness's PERFEVAL_*
 * settings; its output goes to a log file under the bench directory.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final long startNanos;
    private final int port;
    private final Path log;
    private double readySeconds = Double.NaN;

    private AppProcess(Process process, long startNanos, int port, Path log) {
        this.process = process;
        this.startNanos = startNanos;
        this.port = port;
        this.log = log;
    }

    static String java() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /** Starts {@code java <jvmOptions> -jar <jar> --port N} with these PERFEVAL_* (and other) variables. */
    static AppProcess start(Path jar, List<String> jvmOptions, Map<String, String> env, Path log) throws IOException {
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port)));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("PERFEVAL_"));
        pb.environment().putAll(env);
        Files.createDirectories(log.getParent());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        return new AppProcess(pb.start(), t0, port, log);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Waits for the first 200 from /health/ready; returns the seconds since the process was started. */
    double awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/health/ready")).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited (" + process.exitValue() + "), see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readySeconds = (System.nanoTime() - startNanos) / 1e9;
                    return readySeconds;
                }
            } catch (IOException notListeningYet) {
                // not yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not ready in " + timeout.toSeconds() + " s, see " + log);
    }

    /** The process's peak resident memory so far (Linux), e.g. "812 MB", or "?" elsewhere. */
    String peakMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kb / 1024) + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or gone
        }
        return "?";
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGTERM (Payara's graceful stop), then kill after 90 s. */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
