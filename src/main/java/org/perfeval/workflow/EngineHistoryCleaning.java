package org.perfeval.workflow;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine's own history cleaning (a repeating timer job of Flowable's, run once per firing by
 * whichever node's executor takes it): the engine history (ACT_HI_*) of process instances that
 * ended longer ago than the retention is deleted in batches. PerfEval's own records are not the
 * engine's history and stay: each evaluation's history of who did what (pe_history), the audit
 * trail, the evaluation with its scores, findings and report, its rectifications.
 * Settings: {@code PERFEVAL_HISTORY_RETENTION}, an ISO-8601 duration (default {@value #DEFAULT_RETENTION};
 * {@code off} keeps the engine history for ever) and {@code PERFEVAL_HISTORY_CLEANUP_CYCLE}, a
 * Quartz-style cron expression in the server's zone (default {@value #DEFAULT_CYCLE}, 02:00 every night).
 */
final class EngineHistoryCleaning {

    static final String DEFAULT_RETENTION = "P365D";
    static final String DEFAULT_CYCLE = "0 0 2 * * ?";
    static final int BATCH_SIZE = 100;

    private EngineHistoryCleaning() {
    }

    static void configure(ProcessEngineConfigurationImpl cfg, Optional<String> retention, Optional<String> cycle) {
        String text = retention.map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT_RETENTION);
        if (text.equalsIgnoreCase("off")) {
            cfg.setEnableHistoryCleaning(false);
            return;
        }
        Duration keep;
        try {
            keep = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("PERFEVAL_HISTORY_RETENTION must be an ISO-8601 duration such as P365D, or off: " + text, e);
        }
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalStateException("PERFEVAL_HISTORY_RETENTION must be positive: " + text);
        }
        cfg.setEnableHistoryCleaning(true);
        cfg.setCleanInstancesEndedAfter(keep);
        cfg.setHistoryCleaningTimeCycleConfig(cycle.map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT_CYCLE));
        cfg.setCleanInstancesBatchSize(BATCH_SIZE);
    }
}
