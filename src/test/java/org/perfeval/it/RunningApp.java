package org.perfeval.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The runnable jar of the README started as a separate process on its own port and data directory. */
final class RunningApp implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private Map<String, String> extraEnv;
    private List<String> jvmOptions = List.of();
    private Process process;
    private Path log;

    RunningApp(Map<String, String> extraEnv) throws IOException {
        this.dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "perfeval-app");
        this.port = freePort();
        this.extraEnv = extraEnv;
    }

    /** The environment of the next start (a changed setting, say), on the same data. */
    void setEnvironment(Map<String, String> env) {
        this.extraEnv = env;
    }

    /** Options for the app's JVM at the next start (a capped heap, say). */
    void setJvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
    }

    Path dataDir() {
        return dataDir;
    }

    /** The app's log so far (what it printed at startup, for instance). */
    String log() throws IOException {
        return log == null ? "" : Files.readString(log);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    ApiClient api() {
        return new ApiClient(url());
    }

    void start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", System.getProperty("perfeval.jar"), "--port", String.valueOf(port)));
        // extra Payara Micro options for a diagnosis, e.g. -Dperfeval.it.appArgs="--logproperties /tmp/fine.properties"
        String extra = System.getProperty("perfeval.it.appArgs", "");
        if (!extra.isBlank()) {
            cmd.addAll(List.of(extra.strip().split("\\s+")));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("PERFEVAL_DATA_DIR", dataDir.toString());
        env.put("PERFEVAL_DEMO", "true");
        env.put("PERFEVAL_NODE", "test-" + port);
        String dbUrl = System.getProperty("perfeval.it.dbUrl", "");
        if (dbUrl.isBlank()) {
            env.remove("PERFEVAL_DB_URL");
        } else {
            env.put("PERFEVAL_DB_URL", dbUrl);
            env.put("PERFEVAL_DB_USER", System.getProperty("perfeval.it.dbUser", ""));
            env.put("PERFEVAL_DB_PASSWORD", System.getProperty("perfeval.it.dbPassword", ""));
        }
        env.putAll(extraEnv);
        log = Files.createTempFile("perfeval-app", ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        process = pb.start();
        ApiClient server = api();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("app exited: " + Files.readString(log));
            }
            try {
                if (server.get(null, "/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready in 180 s: " + Files.readString(log));
    }

    /** Waits until the app's log has this line (a crash-test pause reached, say), at most 90 s. */
    void awaitLog(String line) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!log().contains(line)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not logged within 90 s: " + line + "\n" + log());
            }
            Thread.sleep(200);
        }
    }

    /** SIGTERM and wait: Payara's graceful shutdown. */
    boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(90, TimeUnit.SECONDS);
    }

    /** kill -9: only committed work survives. */
    boolean kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
