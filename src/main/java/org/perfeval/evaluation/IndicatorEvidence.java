package org.perfeval.evaluation;

import java.util.List;

/** The evidence an indicator's value or score rests on, by the indicator's path in the sheet. */
public record IndicatorEvidence(List<String> path, List<EvidenceRef> evidence) {

    public IndicatorEvidence {
        path = List.copyOf(path);
        evidence = List.copyOf(evidence);
    }
}
