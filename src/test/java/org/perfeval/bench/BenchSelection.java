package org.perfeval.bench;

import java.util.Arrays;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a bench class only when its {@link Figures} are selected ({@code -Dbench.only}), and prepares
 * what it needs before any of its extensions start (Arquillian starts Payara Micro in its beforeAll):
 * the containers' options and fresh databases, or the reuse of an already seeded one.
 */
public class BenchSelection implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (BenchConfig.inContainer() || context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class, on the client");
        }
        Class<?> bench = context.getRequiredTestClass();
        Harness h = Harness.current();
        Containers.defineOptions(h);
        Figures figures = bench.getAnnotation(Figures.class);
        if (figures != null && Arrays.stream(figures.value()).noneMatch(h.cfg::selected)) {
            return ConditionEvaluationResult.disabled("not selected by bench.only=" + h.cfg.selected());
        }
        switch (bench.getSimpleName()) {
            case "LifecycleBench" -> Containers.prepareLifecycle(h);
            case "SeedRowsBench" -> {
                var seeded = Containers.seeded(h);
                if (seeded.isPresent() && !h.cfg.flag("bench.reseed")) {
                    Results.note("reusing the seeded database of " + h.cfg.rows() + " evaluations (marked complete;"
                            + " -Dbench.reseed=true seeds it again)");
                    return ConditionEvaluationResult.disabled("seeded already");
                }
                Containers.prepareSeed(h);
            }
            default -> {
            }
        }
        return ConditionEvaluationResult.enabled("selected");
    }
}
