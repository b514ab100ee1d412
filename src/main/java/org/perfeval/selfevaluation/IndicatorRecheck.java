package org.perfeval.selfevaluation;

import java.util.List;
import org.perfeval.common.Score;

/**
 * The on-site review of one indicator of a form (复核): the completion value and score the reviewer
 * established (复核完成值, 复核得分), the reason when they differ from the unit's, and the evidence
 * files (ids) that support them.
 *
 * @param path the indicator's path as flags name it (产出指标/数量指标/…)
 */
public record IndicatorRecheck(String path, String reviewedActual, Score reviewedScore, String reason, List<Long> evidence) {

    public IndicatorRecheck {
        evidence = List.copyOf(evidence);
    }
}
