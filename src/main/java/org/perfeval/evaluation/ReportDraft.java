package org.perfeval.evaluation;

import java.util.List;

/** What the rules and templates draft for the evaluator to edit: problems, recommendations (one each) and the 摘要. */
public record ReportDraft(List<DraftItem> findings, List<DraftItem> recommendations, String abstractText) {

    public ReportDraft {
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
    }
}
