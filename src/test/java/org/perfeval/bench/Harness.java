package org.perfeval.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the client side of the benchmark shares: the databases of each figure (an H2 directory, or a
 * PostgreSQL database of its own next to the one named by {@code bench.dbUrl}, created and dropped by
 * the harness), the environment of the app processes, and the load client's process.
 */
final class Harness {

    private static final Pattern PG_URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]*)(\\?.*)?$");

    final BenchConfig cfg;

    Harness(BenchConfig cfg) {
        this.cfg = cfg;
    }

    static Harness current() {
        return new Harness(BenchConfig.current());
    }

    // ---------------------------------------------------------------- databases

    /** The PostgreSQL URL of the database {@code <db>_<suffix>}, beside the one given. */
    String pgUrl(String suffix) {
        Matcher m = PG_URL.matcher(cfg.dbUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("bench.dbUrl is not jdbc:postgresql://host:port/db: " + cfg.dbUrl());
        }
        return m.group(1) + pgName(suffix) + (m.group(3) == null ? "" : m.group(3));
    }

    String pgName(String suffix) {
        Matcher m = PG_URL.matcher(cfg.dbUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("bench.dbUrl: " + cfg.dbUrl());
        }
        String base = m.group(2).isEmpty() ? "perfeval_bench" : m.group(2);
        return (base + "_" + suffix).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    private String maintenanceUrl() {
        Matcher m = PG_URL.matcher(cfg.dbUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("bench.dbUrl: " + cfg.dbUrl());
        }
        return m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
    }

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, cfg.dbUser(), cfg.dbPassword());
    }

    /** Drops and creates {@code <db>_<suffix>} (PostgreSQL). */
    void recreatePg(String suffix) {
        String name = pgName(suffix);
        try (Connection c = connect(maintenanceUrl()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + name + ": " + e.getMessage(), e);
        }
    }

    boolean pgExists(String suffix) {
        try (Connection c = connect(maintenanceUrl());
             var ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, pgName(suffix));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** An empty H2 directory of the bench directory. */
    Path freshDir(String name) {
        Path dir = cfg.dir().resolve(name);
        deleteTree(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh database for one figure, as the app's environment: on PostgreSQL {@code <db>_<name>}
     * dropped and created, on H2 an emptied directory {@code <bench dir>/<name>-data}.
     */
    Map<String, String> freshDatabase(String name) {
        if (cfg.postgres()) {
            recreatePg(name);
            return pgEnvironment(name);
        }
        return Map.of("PERFEVAL_DATA_DIR", freshDir(name + "-data").toString());
    }

    Map<String, String> pgEnvironment(String suffix) {
        Map<String, String> env = new HashMap<>();
        env.put("PERFEVAL_DB_URL", pgUrl(suffix));
        env.put("PERFEVAL_DB_USER", cfg.dbUser());
        if (!cfg.dbPassword().isEmpty()) {
            env.put("PERFEVAL_DB_PASSWORD", cfg.dbPassword());
        }
        return env;
    }

    /** The app's environment around a database: demo mode (its accounts drive the lifecycle), this node's name. */
    static Map<String, String> appEnvironment(Map<String, String> database, String node) {
        Map<String, String> env = new HashMap<>(database);
        env.put("PERFEVAL_DEMO", "true");
        env.put("PERFEVAL_NODE", node);
        return env;
    }

    /** What database the figures run on, for the machine lines. */
    String databaseVersion() {
        try {
            if (cfg.postgres()) {
                try (Connection c = connect(maintenanceUrl()); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select version()")) {
                    rs.next();
                    return rs.getString(1) + " at " + cfg.dbUrl();
                }
            }
            try (Connection c = DriverManager.getConnection("jdbc:h2:mem:version", "sa", "");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select H2VERSION()")) {
                rs.next();
                return "H2 " + rs.getString(1) + " (embedded, files under " + cfg.dir() + "; Payara Micro loads its own H2 of this version)";
            }
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    // ---------------------------------------------------------------- files

    Path perfevalJar() {
        return Path.of(System.getProperty("perfeval.jar", "target/perfeval.jar")).toAbsolutePath();
    }

    Path payaraMicroJar() {
        return Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath();
    }

    Path log(String name) {
        Path dir = cfg.dir().resolve("logs");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(name + ".log");
    }

    // ---------------------------------------------------------------- the load client

    /** The test class path for the load client's JVM: test classes, classes, the dependencies (written by the bench profile). */
    String testClassPath() {
        Path deps = Path.of(System.getProperty("bench.classpathFile", "target/bench-classpath.txt"));
        try {
            String list = Files.readString(deps).trim();
            return String.join(File.pathSeparator, Path.of("target/test-classes").toAbsolutePath().toString(),
                    Path.of("target/classes").toAbsolutePath().toString(), list);
        } catch (IOException e) {
            throw new UncheckedIOException("the bench profile writes the class path to " + deps, e);
        }
    }

    /** Runs HttpLoad in a JVM of its own; its RESULT lines and notes are printed here as they come. */
    List<String> runLoad(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(AppProcess.java(), "-Xmx1g", "-Dbench.retries=" + cfg.size("bench.retries", 3, 3),
                "-cp", testClassPath(), HttpLoad.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("PERFEVAL_"));
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
                System.out.println(line);
                System.out.flush();
            }
        }
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the load client exited with " + exit);
        }
        return lines;
    }

    // ---------------------------------------------------------------- the machine

    /** The lines that say where the figures come from (no RESULT). */
    List<String> machine() {
        List<String> out = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        out.add(String.format(java.util.Locale.ROOT, "machine: %d cores (%s), %.1f GiB memory, %s %s %s, load average %.2f",
                Runtime.getRuntime().availableProcessors(), cpu, os.getTotalMemorySize() / 1024.0 / 1024 / 1024,
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                os.getSystemLoadAverage()));
        out.add("java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ") at " + System.getProperty("java.home"));
        out.add("database: " + databaseVersion());
        out.add("payara micro: " + payaraMicroJar().getFileName() + ", perfeval: " + perfevalJar());
        out.add("options: bench.only=" + BenchConfig.ORDER.stream().filter(cfg::selected).toList() + (cfg.quick() ? ", quick sizes" : ", full sizes") + " (README, Benchmarks)");
        return out;
    }
}
