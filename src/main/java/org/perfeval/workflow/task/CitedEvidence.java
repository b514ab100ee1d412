package org.perfeval.workflow.task;

import java.util.List;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.IndicatorEvidence;
import org.perfeval.evidence.EvidenceService;

/** The files a collectData or score payload cites per indicator, resolved against the evaluation's files. */
final class CitedEvidence {

    private CitedEvidence() {
    }

    static List<IndicatorEvidence> resolve(EvidenceService files, Evaluation evaluation, List<IndicatorEvidence> cited) {
        return cited.stream().map(e -> new IndicatorEvidence(e.path(),
                files.cite(evaluation.getId(), e.evidence(), "evidence(" + String.join("/", e.path()) + ")"))).toList();
    }
}
