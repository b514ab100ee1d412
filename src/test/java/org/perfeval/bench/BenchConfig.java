package org.perfeval.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The benchmark's options (README, Benchmarks), read from system properties ({@code -Dbench.…} on the
 * Maven command line reach the test JVM through the bench profile). {@code -Dbench.quick=true} makes
 * every size small unless that size is given too. Inside a container the same options come from the
 * properties file the client wrote ({@code bench.params}).
 */
public final class BenchConfig {

    /** Figures selectable with {@code -Dbench.only}: lifecycle, http, inbox, list, batch, ready, review. */
    public static final java.util.List<String> ORDER = java.util.List.of("lifecycle", "http", "inbox", "list", "batch", "ready",
            "review");
    public static final Set<String> FIGURES = Set.copyOf(ORDER);

    private final Properties props;

    private BenchConfig(Properties props) {
        this.props = props;
    }

    /** The options of this JVM: system properties, or the client's file inside a container. */
    public static BenchConfig current() {
        Properties p = new Properties();
        String file = System.getProperty("bench.params");
        if (file != null) {
            try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("bench."))
                .forEach(n -> p.setProperty(n, System.getProperty(n)));
        return new BenchConfig(p);
    }

    public static boolean inContainer() {
        return Boolean.getBoolean("bench.inContainer");
    }

    /** Writes these options for a container (and adds {@code extra}). */
    public void write(Path file, Properties extra) {
        Properties all = new Properties();
        all.putAll(props);
        all.putAll(extra);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            all.store(out, "benchmark options for the container");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String name, String otherwise) {
        String v = props.getProperty(name);
        return v == null || v.isBlank() ? otherwise : v.trim();
    }

    public boolean quick() {
        return Boolean.parseBoolean(get("bench.quick", "false"));
    }

    /** A size: given, or its quick default in a quick run, or its full default. */
    public int size(String name, int full, int quickly) {
        return Integer.parseInt(get(name, String.valueOf(quick() ? quickly : full)).replace("_", ""));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(get(name, "false"));
    }

    /** The figures asked for ({@code -Dbench.only=lifecycle,http}); all when not given. */
    public Set<String> selected() {
        String only = get("bench.only", "");
        if (only.isEmpty() || only.equals("all")) {
            return FIGURES;
        }
        Set<String> chosen = new TreeSet<>();
        Arrays.stream(only.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).forEach(s -> {
            if (!FIGURES.contains(s)) {
                throw new IllegalArgumentException("bench.only: unknown figure " + s + " (known: " + new TreeSet<>(FIGURES) + ")");
            }
            chosen.add(s);
        });
        return chosen;
    }

    public boolean selected(String figure) {
        return selected().contains(figure);
    }

    /** The PostgreSQL URL given, or empty for the embedded H2. */
    public String dbUrl() {
        return get("bench.dbUrl", "");
    }

    public boolean postgres() {
        return dbUrl().startsWith("jdbc:postgresql:");
    }

    public String dbUser() {
        return get("bench.dbUser", postgres() ? "postgres" : "sa");
    }

    public String dbPassword() {
        return get("bench.dbPassword", "");
    }

    /** Where the harness keeps its files: options and results of containers, logs, H2 databases. */
    public Path dir() {
        return Path.of(get("bench.dir", "target/bench")).toAbsolutePath().normalize();
    }

    /** Where seeded H2 databases are kept between runs (outside target/ if {@code mvn clean} should spare them). */
    public Path seedDir() {
        return Path.of(get("bench.seedDir", "target/bench-seed")).toAbsolutePath().normalize();
    }

    // sizes, each with its full and its quick default

    public int threads() {
        return size("bench.threads", 4, 2);
    }

    public int lifecycleEvaluations() {
        return size("bench.evaluations", 60, 4);
    }

    public int lifecycleWarmup() {
        return size("bench.warmup", 12, 2);
    }

    public int rounds() {
        return size("bench.rounds", 3, 1);
    }

    public int clients() {
        return size("bench.clients", 8, 8);
    }

    public int httpEvaluations() {
        return size("bench.httpEvaluations", 120, 8);
    }

    public int httpWarmup() {
        return size("bench.httpWarmup", 16, 8);
    }

    public int rows() {
        return size("bench.rows", 100_000, 1_000);
    }

    public int users() {
        return size("bench.users", 20, 20);
    }

    public int requests() {
        return size("bench.requests", 50, 5);
    }

    public int agencies() {
        return size("bench.agencies", 20, 20);
    }

    public int departments() {
        return size("bench.departments", 100, 100);
    }

    public int batch() {
        return size("bench.batch", 10_000, 16);
    }

    public int readyRuns() {
        return size("bench.readyRuns", 3, 1);
    }
}
