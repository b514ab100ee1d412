package org.perfeval.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;

/**
 * The rules for an evaluator's judgment (DESIGN.md): a score from 0 to the weight, a written
 * reason whenever points are deducted, a score inside the chosen level's band, and a score for
 * every level but "achieved".
 */
public final class Judgments {

    private Judgments() {
    }

    public static void check(String at, Weight weight, BigDecimal score, Level level, String reason, List<FieldError> errors) {
        boolean hasReason = reason != null && !reason.isBlank();
        if (score != null) {
            if (score.signum() < 0 || score.compareTo(weight.points()) > 0) {
                errors.add(new FieldError(at + ".score", "得分应在0至分值" + weight + "之间"));
                return;
            }
            if (score.compareTo(weight.points()) < 0 && !hasReason) {
                errors.add(new FieldError(at + ".reason", "扣分须说明理由 (a reason is required when points are deducted)"));
            }
        }
        if (level == null) {
            return;
        }
        if (score == null) {
            if (level != Level.ACHIEVED) {
                errors.add(new FieldError(at + ".score", level.label() + "须给出得分"));
            }
            return;
        }
        if (!level.contains(Score.of(score).shareOf(weight))) {
            errors.add(new FieldError(at + ".score", "得分不在" + level.band() + "的区间内"));
        }
    }
}
