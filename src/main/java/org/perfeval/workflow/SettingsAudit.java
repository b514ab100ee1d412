package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditTrail;

/**
 * Settings change by configuration between starts, not through the API; so each start compares the
 * settings that decide outcomes (scoring thresholds, advice, deadlines, the zone, throttling, demo
 * mode) with the last recorded ones and records any change, old → new, in the audit trail.
 * Secrets (passwords, the database) are not settings in this sense and are never recorded.
 */
@ApplicationScoped
public class SettingsAudit {

    static final List<String> AUDITED = List.of("PERFEVAL_ZONE", "PERFEVAL_ADVICE_FAIR_CUT_PERCENT",
            "PERFEVAL_FINDING_BUDGET_ADJUSTMENT_MAX", "PERFEVAL_FINDING_BUDGET_EXECUTION_MIN",
            "PERFEVAL_FINDING_PROCUREMENT_EXECUTION_MIN", "PERFEVAL_FINDING_TARGET_SHARE_MIN",
            "PERFEVAL_WARNING_OVER_TARGET_FACTOR", "PERFEVAL_RECTIFICATION_PERIOD", "PERFEVAL_RECTIFICATION_REMINDER_LEAD",
            "PERFEVAL_SIGNIN_MAX_FAILURES_PER_ACCOUNT", "PERFEVAL_SIGNIN_MAX_FAILURES_PER_ADDRESS");

    @Inject
    AuditTrail audit;

    @Inject
    Config config;

    @Transactional
    void onStart(@Observes EngineStarted started) {
        Map<String, String> now = new LinkedHashMap<>();
        for (String key : AUDITED) {
            now.put(key, config.getOptionalValue(key, String.class).orElse("(默认)"));
        }
        now.put("demoMode", String.valueOf(started.demoMode()));
        AuditState current = new AuditState(now);
        // each entry holds only what changed then: the settings in force are the sum of all of them
        Map<String, String> inForce = new LinkedHashMap<>();
        audit.find(new org.perfeval.audit.AuditQuery(null, null, "settings", null, null, null, 0,
                org.perfeval.audit.AuditQuery.MAX_SIZE)).items().forEach(e -> inForce.putAll(e.after().facts()));
        if (inForce.isEmpty()) {
            audit.record(new AuditEvent("system", null, "settings", "settings", null, AuditState.NONE, current));
        } else {
            audit.recordChange(AuditEvent.change("system", null, "settings", "settings", null, new AuditState(inForce),
                    current));
        }
    }
}
