package org.perfeval.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Optional;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.ScoreSheetReader;
import org.perfeval.platform.Settings;

/**
 * The one scoring entry point: the preview API and the process's scoring service task both call
 * {@link #score(JsonObject)}. Finding thresholds are settings (environment variables or system
 * properties {@code PERFEVAL_FINDING_*}); the defaults are those of cases/FORMAT.md.
 */
@ApplicationScoped
public class ScoringService {

    private final SheetScorer scorer = new SheetScorer(thresholdsFromSettings());

    /** Checks the sheet (422 listing every problem) and returns the result in the format of cases/FORMAT.md. */
    public JsonObject score(JsonObject sheet) {
        ScoreSheet checked = ScoreSheetReader.read(sheet, ScoreSheetReader.Stage.SCORING);
        return ScoreResultJson.of(scorer.score(checked));
    }

    static FindingThresholds thresholdsFromSettings() {
        FindingThresholds d = FindingThresholds.DEFAULTS;
        return new FindingThresholds(
                setting("PERFEVAL_FINDING_BUDGET_EXECUTION_MIN").orElse(d.budgetExecutionMin()),
                setting("PERFEVAL_FINDING_BUDGET_ADJUSTMENT_MAX").orElse(d.budgetAdjustmentMax()),
                setting("PERFEVAL_FINDING_PROCUREMENT_EXECUTION_MIN").orElse(d.procurementExecutionMin()),
                setting("PERFEVAL_FINDING_TARGET_SHARE_MIN").orElse(d.targetShareMin()),
                setting("PERFEVAL_WARNING_OVER_TARGET_FACTOR").orElse(d.overTargetFactor()));
    }

    private static Optional<BigDecimal> setting(String name) {
        return Settings.get(name).map(v -> {
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " is not a number: " + v, e);
            }
        });
    }
}
