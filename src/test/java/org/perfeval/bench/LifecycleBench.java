package org.perfeval.bench;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.evaluation.CommissionRequest;
import org.perfeval.evaluation.EvaluationKind;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.evaluation.PartyRef;
import org.perfeval.security.Caller;
import org.perfeval.web.TaskCommandJson;
import org.perfeval.workflow.DemoAccounts;
import org.perfeval.workflow.EvaluationQueries;
import org.perfeval.workflow.EvaluationWorkflow;
import org.perfeval.workflow.TaskView;
import org.perfeval.workflow.task.TaskCommand;
import org.perfeval.workflow.task.TaskKey;

/**
 * {@code lifecycle_per_s}, {@code bare_flowable_per_s}, {@code lifecycle_ratio}: task completions per
 * second of wall time while {@code bench.threads} threads drive copies of the seed case along
 * {@link SeedPath} from commission to CLOSED — through PerfEval's own use cases inside Payara Micro
 * (EvaluationWorkflow.commission, openTasksOf, complete: the handlers, real scoring, JPA, history,
 * audit trail, one JTA transaction per call), and through the same BPMN files on a bare Flowable
 * engine of the same kind of database in the same JVM ({@link BareEngine}). Both get the same
 * warm-up, then are measured in alternating rounds, so that what else runs on the machine weighs on both.
 * A completion that fails ends its evaluation (counted and noted, the first ones with their cause); the
 * figures count the completions that succeeded.
 */
@ExtendWith(BenchSelection.class)
@ExtendWith(ArquillianExtension.class)
@Figures("lifecycle")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2)
class LifecycleBench {

    @Deployment
    @TargetsContainer(Containers.LIFECYCLE)
    static WebArchive deployment() {
        return Containers.benchWar(LifecycleBench.class, BareEngine.class, BareEngine.NoOpSteps.class, Tally.class, Driver.class,
                Attempts.class);
    }

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    EvaluationQueries queries;

    @Inject
    DemoAccounts accounts;

    @Test
    @Order(1)
    void measureInTheContainer() {
        BenchConfig cfg = BenchConfig.current();
        InContainer out = InContainer.of(cfg, "lifecycle");
        out.start(() -> measure(cfg, out));
    }

    @Test
    @Order(2)
    @RunAsClient
    void report() throws Exception {
        Properties r = Containers.await(BenchConfig.current(), "lifecycle");
        double app = Double.parseDouble(r.getProperty("lifecycle_per_s"));
        double bare = Double.parseDouble(r.getProperty("bare_flowable_per_s"));
        Results.print("lifecycle_per_s", app, "completions/s");
        Results.print("bare_flowable_per_s", bare, "completions/s");
        Results.print("lifecycle_ratio", app / bare, "ratio");
    }

    /** Drives evaluation number {@code n}, counting each completion as it succeeds. */
    @FunctionalInterface
    interface Driver {
        void drive(long n, AtomicInteger completions, Consumer<RuntimeException> failedAttempt, int retries) throws Exception;
    }

    /** Completions, failures and time of one engine over its rounds. */
    static final class Tally {
        final AtomicInteger completions = new AtomicInteger();
        final AtomicInteger evaluations = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger failedAttempts = new AtomicInteger();
        final ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> firstRetried = new ConcurrentLinkedQueue<>();
        final AtomicLong nanos = new AtomicLong();

        double perSecond() {
            return completions.get() / (nanos.get() / 1e9);
        }

        void failed(long n, Exception e) {
            failed.incrementAndGet();
            if (firstFailures.size() < 3) {
                firstFailures.add("evaluation " + n + ": " + chain(e));
            }
        }

        void retried(RuntimeException e) {
            failedAttempts.incrementAndGet();
            if (firstRetried.size() < 3) {
                firstRetried.add(chain(e));
            }
        }

        private static String chain(Throwable e) {
            StringBuilder why = new StringBuilder(String.valueOf(e));
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                why.append(" ← ").append(c);
            }
            String text = why.toString().replaceAll("\\s+", " ");
            return text.length() > 600 ? text.substring(0, 600) + "…" : text;
        }
    }

    private Properties measure(BenchConfig cfg, InContainer out) throws Exception {
        int threads = cfg.threads();
        int warmup = cfg.lifecycleWarmup();
        int rounds = cfg.rounds();
        int perRound = (cfg.lifecycleEvaluations() + rounds - 1) / rounds;
        Map<SeedPath.Actor, Caller> callers = new EnumMap<>(SeedPath.Actor.class);
        callers.put(SeedPath.Actor.BUREAU, accounts.caller("bureau").from("127.0.0.1"));
        callers.put(SeedPath.Actor.EVALUATOR, accounts.caller("evaluator").from("127.0.0.1"));
        callers.put(SeedPath.Actor.DEPARTMENT, accounts.caller("department").from("127.0.0.1"));
        // the commands as the web edge reads them from the payloads, once: what is timed is the use cases
        List<TaskCommand> commands = SeedPath.steps().stream()
                .map(s -> TaskCommandJson.read(TaskKey.of(s.key()), s.payload())).toList();
        AtomicLong serial = new AtomicLong();
        Driver perfeval = (n, completions, failedAttempt, retries) -> drive(callers, commands, n, completions, failedAttempt, retries);
        try (BareEngine bare = new BareEngine(cfg.get("bench.bare.url", ""), cfg.get("bench.bare.user", "sa"),
                cfg.get("bench.bare.password", ""), Math.max(10, threads * 2))) {
            Driver flowable = bare::drive;
            ExecutorService pool = Executors.newFixedThreadPool(threads, InContainer.threads());
            try {
                out.progress(String.format(Locale.ROOT, "lifecycle: %d threads, %d warm-up and %d measured evaluations per engine"
                        + " in %d rounds, %d completions each", threads, warmup, perRound * rounds, rounds, SeedPath.steps().size()));
                Tally warmApp = new Tally();
                Tally warmBare = new Tally();
                run(pool, threads, warmup, perfeval, serial, warmApp);
                run(pool, threads, warmup, flowable, serial, warmBare);
                Tally app = new Tally();
                Tally plain = new Tally();
                for (int round = 1; round <= rounds; round++) {
                    run(pool, threads, perRound, perfeval, serial, app);
                    run(pool, threads, perRound, flowable, serial, plain);
                    out.progress(String.format(Locale.ROOT, "lifecycle round %d/%d: PerfEval %.1f, bare Flowable %.1f completions/s so far",
                            round, rounds, app.perSecond(), plain.perSecond()));
                }
                report(out, "PerfEval", warmApp, app);
                report(out, "bare Flowable", warmBare, plain);
                Properties p = new Properties();
                p.setProperty("lifecycle_per_s", String.valueOf(app.perSecond()));
                p.setProperty("bare_flowable_per_s", String.valueOf(plain.perSecond()));
                p.setProperty("lifecycle_completions", String.valueOf(app.completions.get()));
                p.setProperty("bare_completions", String.valueOf(plain.completions.get()));
                return p;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void report(InContainer out, String engine, Tally warm, Tally measured) {
        out.progress(String.format(Locale.ROOT, "lifecycle, %s: %d evaluations, %d completions, %d attempts failed and retried,"
                        + " %d evaluations abandoned (warm-up: %d retried, %d of %d abandoned)", engine, measured.evaluations.get(),
                measured.completions.get(), measured.failedAttempts.get(), measured.failed.get(), warm.failedAttempts.get(),
                warm.failed.get(), warm.evaluations.get()));
        warm.firstFailures.forEach(f -> out.progress("lifecycle, " + engine + ", failed in the warm-up: " + f));
        measured.firstFailures.forEach(f -> out.progress("lifecycle, " + engine + ", failed: " + f));
        measured.firstRetried.forEach(f -> out.progress("lifecycle, " + engine + ", retried: " + f));
    }

    /** {@code count} evaluations over the threads; their completions and wall time added to the tally. */
    private static void run(ExecutorService pool, int threads, int count, Driver drive, AtomicLong serial, Tally tally)
            throws Exception {
        int retries = BenchConfig.current().size("bench.retries", 3, 3);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < count) {
                    long n = serial.incrementAndGet();
                    tally.evaluations.incrementAndGet();
                    try {
                        drive.drive(n, tally.completions, tally::retried, retries);
                    } catch (Exception e) {
                        tally.failed(n, e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get(6, TimeUnit.HOURS); // a failure ends the benchmark with its cause
        }
        tally.nanos.addAndGet(System.nanoTime() - t0);
    }

    /** One copy of the seed case through PerfEval's use cases, as the API's clients drive it (retrying as they would). */
    private void drive(Map<SeedPath.Actor, Caller> callers, List<TaskCommand> commands, long n, AtomicInteger completions,
                       Consumer<RuntimeException> failedAttempt, int retries) {
        Caller bureau = callers.get(SeedPath.Actor.BUREAU);
        long id = workflow.commission(bureau, new CommissionRequest(SeedPath.TITLE + " 基准" + n, 2022, EvaluationKind.DEPARTMENT,
                PartyRef.named(SeedPath.DEPARTMENT), PartyRef.named(SeedPath.AGENCY), LocalDate.now().plusDays(45), null, List.of())).getId();
        List<SeedPath.Step> steps = SeedPath.steps();
        for (int i = 0; i < steps.size(); i++) {
            SeedPath.Step step = steps.get(i);
            Caller caller = callers.get(step.actor());
            TaskCommand command = commands.get(i);
            try {
                Attempts.retrying(retries, failedAttempt, () -> {
                    TaskView task = workflow.openTasksOf(id, caller).stream().filter(t -> t.key().equals(step.key())).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no open " + step.key()));
                    return workflow.complete(caller, task.id(), command);
                });
            } catch (RuntimeException e) {
                throw new IllegalStateException("evaluation " + id + ", " + step.key() + ": " + e.getMessage(), e);
            }
            completions.incrementAndGet();
        }
        EvaluationStatus status = queries.detail(id, bureau).evaluation().getStatus();
        if (status != EvaluationStatus.CLOSED) {
            throw new IllegalStateException("evaluation " + id + " ended " + status + ", not CLOSED");
        }
    }
}
