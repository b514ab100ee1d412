package org.perfeval.scoring;

import java.util.List;
import java.util.Map;
import org.perfeval.common.Amount;
import org.perfeval.common.Rate;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;
import org.perfeval.indicator.Formula;

/** Everything scoring computes for one sheet. */
public record ScoreResult(Score total, Grade grade, Map<Formula, Rate> ratios, List<IndicatorResult> indicators,
                          List<Subtotal> subtotals, List<PartTotal> parts, List<Finding> findings,
                          List<Warning> warnings) {

    /** Sum of weights and scores under a first- or second-level name (unscaled). */
    public record Subtotal(String part, List<String> path, Weight weight, Score score) {
    }

    /** A part of a department-overall sheet with its funds and its own 100-point total. */
    public record PartTotal(String name, Amount funds, Score total, Grade grade) {
    }

    /** Not a finding: something the evaluator should look at (e.g. a target possibly set too low). */
    public record Warning(List<String> path, String message) {
    }
}
