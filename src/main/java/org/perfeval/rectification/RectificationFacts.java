package org.perfeval.rectification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.perfeval.audit.AuditState;

/** A rectification as the audit trail sees it, its facts named by its number within the evaluation. */
public final class RectificationFacts {

    private RectificationFacts() {
    }

    public static Map<String, String> of(Rectification r) {
        String key = "rectification[" + r.getSeq() + "].";
        Map<String, String> f = new LinkedHashMap<>();
        f.put(key + "status", r.getStatus().name());
        f.put(key + "dueAt", String.valueOf(r.getDueAt()));
        f.put(key + "measures", r.getMeasures());
        f.put(key + "summary", r.getSummary());
        f.put(key + "evidence", r.getEvidence().isEmpty() ? null : String.join("；", r.getEvidence()));
        f.put(key + "comments", r.getComments());
        f.put(key + "overdueSince", r.getOverdueSince() == null ? null : r.getOverdueSince().toString());
        f.put(key + "acceptedAt", r.getAcceptedAt() == null ? null : r.getAcceptedAt().toString());
        return f;
    }

    public static AuditState state(Rectification r) {
        return new AuditState(of(r));
    }
}
