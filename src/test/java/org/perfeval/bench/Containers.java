package org.perfeval.bench;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The client's side of the two Payara Micro containers of src/test/resources/arquillian-bench.xml:
 * {@code bench-lifecycle} (the in-process lifecycle against the bare engine) and {@code bench-seed}
 * (the 100,000 evaluations of the inbox and list figures). Their JVM options are system properties
 * that arquillian-bench.xml reads when Arquillian loads it, at the first Arquillian class: they are
 * set before, when the first bench class's selection is evaluated. Each container gets the database
 * of its own through PERFEVAL_* system properties (the bench profile keeps those variables out of the
 * environment, which would win), and its options in a properties file.
 */
final class Containers {

    static final String LIFECYCLE = "bench-lifecycle";
    static final String SEED = "bench-seed";
    /** Seeded databases carry this marker: what was seeded, and the ids the list and inbox figures ask for. */
    static final String MARKER_TABLE = "bench_seed";
    static final String MARKER_FILE = "bench-seed.properties";

    private static boolean prepared;

    private Containers() {
    }

    /** Sets the containers' JVM options (once, before Arquillian reads arquillian-bench.xml). */
    static synchronized void defineOptions(Harness h) {
        if (prepared) {
            return;
        }
        prepared = true;
        try {
            Files.createDirectories(h.cfg.dir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("bench.lifecycle.cmdOptions", options(h, "lifecycle",
                h.cfg.postgres() ? h.pgEnvironment("lifecycle") : Map.of("PERFEVAL_DATA_DIR", h.cfg.dir().resolve("lifecycle-data").toString())));
        System.setProperty("bench.seed.cmdOptions", options(h, "seed",
                h.cfg.postgres() ? h.pgEnvironment(seedSuffix(h.cfg)) : Map.of("PERFEVAL_DATA_DIR", seedH2Dir(h.cfg).toString())));
        System.setProperty("bench.containerOutput", h.cfg.get("bench.containerOutput", "false"));
    }

    private static String options(Harness h, String name, Map<String, String> database) {
        List<String> o = new ArrayList<>();
        o.add("-Dbench.inContainer=true");
        o.add("-Dbench.params=" + h.cfg.dir().resolve(name + ".params.properties"));
        Harness.appEnvironment(database, "bench-" + name).forEach((k, v) -> o.add("-D" + k + "=" + v));
        return String.join(" ", o.stream().map(s -> s.replace(" ", "\\ ")).toList());
    }

    // ---------------------------------------------------------------- lifecycle

    /** Fresh databases for the app and for the bare engine, and the options file. */
    static void prepareLifecycle(Harness h) {
        Properties extra = new Properties();
        if (h.cfg.postgres()) {
            h.recreatePg("lifecycle");
            h.recreatePg("bare");
            extra.setProperty("bench.bare.url", h.pgUrl("bare"));
            extra.setProperty("bench.bare.user", h.cfg.dbUser());
            extra.setProperty("bench.bare.password", h.cfg.dbPassword());
        } else {
            h.freshDir("lifecycle-data");
            Path bare = h.freshDir("bare-data");
            // the same settings as the app's own H2 URL (PerfevalDataSource)
            extra.setProperty("bench.bare.url", "jdbc:h2:file:" + bare.resolve("bare")
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
            extra.setProperty("bench.bare.user", "sa");
            extra.setProperty("bench.bare.password", "");
        }
        extra.setProperty("bench.dir", h.cfg.dir().toString());
        forget(h.cfg, "lifecycle");
        h.cfg.write(h.cfg.dir().resolve("lifecycle.params.properties"), extra);
    }

    // ---------------------------------------------------------------- seeded rows

    static String seedSuffix(BenchConfig cfg) {
        return "rows" + cfg.rows();
    }

    static Path seedH2Dir(BenchConfig cfg) {
        return cfg.seedDir().resolve("rows-" + cfg.rows());
    }

    /** What the seeded database must hold to be reused. */
    static Properties wantedSeed(BenchConfig cfg) {
        Properties p = new Properties();
        p.setProperty("rows", String.valueOf(cfg.rows()));
        p.setProperty("agencies", String.valueOf(cfg.agencies()));
        p.setProperty("departments", String.valueOf(cfg.departments()));
        p.setProperty("users", String.valueOf(cfg.users()));
        return p;
    }

    /** The marker of a completely seeded database of these sizes, if there is one. */
    static Optional<Properties> seeded(Harness h) {
        Properties found = new Properties();
        try {
            if (h.cfg.postgres()) {
                if (!h.pgExists(seedSuffix(h.cfg))) {
                    return Optional.empty();
                }
                try (Connection c = h.connect(h.pgUrl(seedSuffix(h.cfg))); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select info from " + MARKER_TABLE)) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    found.load(new java.io.StringReader(rs.getString(1)));
                } catch (SQLException noMarker) {
                    return Optional.empty();
                }
            } else {
                Path marker = seedH2Dir(h.cfg).resolve(MARKER_FILE);
                if (!Files.exists(marker)) {
                    return Optional.empty();
                }
                try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
                    found.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties wanted = wantedSeed(h.cfg);
        boolean same = wanted.stringPropertyNames().stream().allMatch(k -> wanted.getProperty(k).equals(found.getProperty(k)));
        return same ? Optional.of(found) : Optional.empty();
    }

    /** An empty database to seed, and the options file. */
    static void prepareSeed(Harness h) {
        if (h.cfg.postgres()) {
            h.recreatePg(seedSuffix(h.cfg));
        } else {
            Path dir = seedH2Dir(h.cfg);
            Harness.deleteTree(dir);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Properties extra = wantedSeed(h.cfg);
        extra.setProperty("bench.dir", h.cfg.dir().toString());
        forget(h.cfg, "seed");
        h.cfg.write(h.cfg.dir().resolve("seed.params.properties"), extra);
    }

    /** Marks the seeded database complete, with what the seeding reported (ids and accounts). */
    static void markSeeded(Harness h, Properties info) {
        Properties marker = wantedSeed(h.cfg);
        info.stringPropertyNames().forEach(k -> marker.setProperty(k, info.getProperty(k)));
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            marker.store(text, "seeded by the benchmark harness");
            if (h.cfg.postgres()) {
                try (Connection c = h.connect(h.pgUrl(seedSuffix(h.cfg))); Statement s = c.createStatement()) {
                    // a bulk load leaves the planner's statistics behind until autovacuum comes by: measure what an
                    // operator gets after running ANALYZE, as the README asks of a bulk load
                    s.execute("analyze");
                    s.execute("create table if not exists " + MARKER_TABLE + " (info text not null)");
                    s.execute("delete from " + MARKER_TABLE);
                    try (var ps = c.prepareStatement("insert into " + MARKER_TABLE + " (info) values (?)")) {
                        ps.setString(1, text.toString());
                        ps.executeUpdate();
                    }
                }
            } else {
                Files.writeString(seedH2Dir(h.cfg).resolve(MARKER_FILE), text.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The seeded database as the app's environment. */
    static Map<String, String> seedDatabase(Harness h) {
        return h.cfg.postgres() ? h.pgEnvironment(seedSuffix(h.cfg)) : Map.of("PERFEVAL_DATA_DIR", seedH2Dir(h.cfg).toString());
    }

    // ---------------------------------------------------------------- deployments and results

    /** Removes what an earlier run of {@code name} left, so that no old result is taken for a new one. */
    private static void forget(BenchConfig cfg, String name) {
        for (String suffix : List.of(".progress", ".result.properties", ".error")) {
            try {
                Files.deleteIfExists(cfg.dir().resolve(name + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The built WAR with the benchmark's in-container classes and the seed case. */
    static WebArchive benchWar(Class<?>... classes) {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war", "target/perfeval.war")))
                .addClasses(BenchConfig.class, BenchSelection.class, Figures.class, InContainer.class, SeedPath.class,
                        SeedPath.Actor.class, SeedPath.Step.class, Results.class)
                .addClasses(classes)
                .addAsResource("cases/seed-2022.json");
    }

    /** Waits for the in-container work named {@code name}, printing its progress; its result, or its failure as an exception. */
    static Properties await(BenchConfig cfg, String name) throws IOException, InterruptedException {
        Path dir = cfg.dir();
        Path progress = dir.resolve(name + ".progress");
        Path result = dir.resolve(name + ".result.properties");
        Path error = dir.resolve(name + ".error");
        long deadline = System.nanoTime() + Duration.ofMinutes(cfg.size("bench.timeoutMinutes", 600, 60)).toNanos();
        int printed = 0;
        while (true) {
            if (Files.exists(progress)) {
                List<String> lines = Files.readAllLines(progress, StandardCharsets.UTF_8);
                for (; printed < lines.size(); printed++) {
                    Results.note(lines.get(printed));
                }
            }
            if (Files.exists(result)) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(result, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                return p;
            }
            if (Files.exists(error)) {
                throw new IllegalStateException(name + " failed in the container:\n" + Files.readString(error));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not finish within bench.timeoutMinutes");
            }
            Thread.sleep(500);
        }
    }
}
