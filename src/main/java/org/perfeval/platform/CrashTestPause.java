package org.perfeval.platform;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Crash-test hook, inert unless configured: with {@code PERFEVAL_TEST_PAUSE_AT=<step>} the service
 * step of that name (a step bean's method, {@code score}, {@code publish}, {@code remind} …, or its
 * BPMN activity id, {@code remindPlanStep}) logs {@code pausing at <step> (evaluation <id>)} and
 * sleeps {@code PERFEVAL_TEST_PAUSE_MS} (default 10 minutes) after its work, before its transaction
 * commits, so that CrashSafetyIT can kill the process exactly there. Never set in production.
 */
public final class CrashTestPause {

    private static final Logger LOG = Logger.getLogger(CrashTestPause.class.getName());

    private CrashTestPause() {
    }

    /** Pauses when the configured step is this step or this activity; returns at once otherwise. */
    public static void at(String step, String activityId, long evaluationId) {
        Optional<String> pauseAt = Settings.get("PERFEVAL_TEST_PAUSE_AT");
        if (pauseAt.isEmpty() || !(pauseAt.get().equals(step) || pauseAt.get().equals(activityId))) {
            return;
        }
        long millis = Settings.get("PERFEVAL_TEST_PAUSE_MS").map(Long::parseLong).orElse(600_000L);
        LOG.warning(() -> "PERFEVAL_TEST_PAUSE_AT: pausing at " + pauseAt.get() + " (evaluation " + evaluationId + ") for "
                + millis + " ms (crash test)");
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warning(() -> "PERFEVAL_TEST_PAUSE_AT: resuming at " + pauseAt.get() + " (evaluation " + evaluationId + ")");
    }
}
