package org.perfeval.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code inbox_p95_ms} and {@code list_p95_ms}: the runnable jar on the database {@link SeedRowsBench}
 * seeded ({@code bench.rows} evaluations, each with its open task), and {@code bench.users} (20)
 * users at once, each sending {@code bench.requests} requests in turn, first pausing between them as a
 * person reading the answer would, then back to back (see {@link #users}): evaluators of different
 * agencies reading their inbox ({@code GET /api/tasks} + {@code bench.inboxQuery}, by default
 * {@code ?page=0&size=50}), bureau users reading the evaluation list a page at a time with a filter
 * ({@code GET /api/evaluations?page=0&size=50&status=…&year=…&organisationId=…}, status, year and
 * department drawn from what was seeded).
 */
@ExtendWith(BenchSelection.class)
@Figures({"inbox", "list"})
@Order(5)
class DataBench {

    @Test
    void inboxAndListOnTheSeededDatabase() throws Exception {
        Harness h = Harness.current();
        Properties seed = Containers.seeded(h).orElseThrow(() -> new IllegalStateException("the database is not seeded"));
        Results.note("data: " + seed.getProperty("rows") + " evaluations seeded (" + seed.getProperty("agencies") + " agencies, "
                + seed.getProperty("departments") + " departments; seeding took "
                + String.format(java.util.Locale.ROOT, "%.0f", Double.parseDouble(seed.getProperty("seedSeconds", "NaN"))) + " s)");
        String password = seed.getProperty("password");
        Path dir = h.cfg.dir();
        try (AppProcess app = AppProcess.start(h.perfevalJar(), List.of(),
                Harness.appEnvironment(Containers.seedDatabase(h), "bench-rows"), h.log("data-app"))) {
            app.awaitReady(Duration.ofMinutes(15));
            int requests = h.cfg.requests();
            if (h.cfg.selected("inbox")) {
                Path users = dir.resolve("inbox-users.txt");
                Path paths = dir.resolve("inbox-paths.txt");
                Files.write(users, Arrays.stream(seed.getProperty("evaluators").split(",")).map(u -> u + ":" + password).toList());
                Files.write(paths, List.of("/api/tasks" + h.cfg.get("bench.inboxQuery", "?page=0&size=50")));
                users(h, app, "inbox", users, paths, requests);
            }
            if (h.cfg.selected("list")) {
                Path users = dir.resolve("list-users.txt");
                Path paths = dir.resolve("list-paths.txt");
                List<String> bureau = Arrays.stream(seed.getProperty("bureauUsers").split(",")).map(u -> u + ":" + password).toList();
                Files.write(users, bureau);
                String[] departments = seed.getProperty("departmentIds").split(",");
                String[] statuses = seed.getProperty("statuses").split(",");
                String[] years = seed.getProperty("years").split("-");
                int first = Integer.parseInt(years[0]);
                int span = Integer.parseInt(years[1]) - first + 1;
                Random random = new Random(7);
                List<String> queries = new ArrayList<>();
                for (int i = 0; i < bureau.size() * requests; i++) {
                    queries.add("/api/evaluations?page=0&size=50&status=" + statuses[random.nextInt(statuses.length)]
                            + "&year=" + (first + random.nextInt(span)) + "&organisationId=" + departments[random.nextInt(departments.length)]);
                }
                Files.write(paths, queries);
                users(h, app, "list", users, paths, requests);
            }
            Results.note("data: the app's peak resident memory " + app.peakMemory() + ", log " + app.log());
        }
    }

    /**
     * The figure as people use the screen, each user reading the answer before asking again
     * ({@code bench.thinkMs}, 1,000 ms on average), then the same users back to back ({@code <name>_saturated}):
     * a throughput figure, where on two cores shared with the load client twenty clients queue behind each
     * other whatever a request costs ({@code GET /api/session} alone has a p95 of 150–270 ms that way).
     */
    private static void users(Harness h, AppProcess app, String name, Path users, Path paths, int requests) throws Exception {
        h.runLoad("get", "base=" + app.url(), "name=" + name, "users=" + users, "paths=" + paths, "requests=" + requests,
                "thinkMs=" + h.cfg.size("bench.thinkMs", 1000, 1000));
        h.runLoad("get", "base=" + app.url(), "name=" + name + "_saturated", "users=" + users, "paths=" + paths,
                "requests=" + requests);
    }
}
