package org.perfeval.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.SheetRules;

/**
 * The one scoring entry point: the preview API and the process's scoring step both call
 * {@link #score(ScoreSheet)}. Finding thresholds are configuration ({@code PERFEVAL_FINDING_*});
 * the defaults are those of cases/FORMAT.md.
 */
@ApplicationScoped
public class ScoringService {

    private final SheetScorer scorer;

    public ScoringService() {
        this(FindingThresholds.DEFAULTS);
    }

    @Inject
    public ScoringService(FindingThresholds thresholds) {
        this.scorer = new SheetScorer(thresholds);
    }

    /** Checks that the sheet can be scored (422 listing every problem) and scores it. */
    public ScoreResult score(ScoreSheet sheet) {
        SheetRules.require(sheet, SheetRules.Stage.SCORING);
        return scorer.score(sheet);
    }
}
