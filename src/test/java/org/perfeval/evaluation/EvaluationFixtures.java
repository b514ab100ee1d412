package org.perfeval.evaluation;

import java.util.List;
import org.perfeval.indicator.ActualValue;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Judgment;
import org.perfeval.indicator.ScoreSheet;

/** Evaluations in a given state for tests, built through the aggregate's own methods. */
public final class EvaluationFixtures {

    /** The lifecycle's main path; {@link #advance} walks it. */
    private static final List<EvaluationStatus> PATH = List.of(EvaluationStatus.TARGETS, EvaluationStatus.DATA_COLLECTION,
            EvaluationStatus.SCORING, EvaluationStatus.DRAFT, EvaluationStatus.REVIEW, EvaluationStatus.PUBLISHED,
            EvaluationStatus.RECTIFICATION, EvaluationStatus.CLOSED);

    private EvaluationFixtures() {
    }

    /** Moves a new evaluation along the main path up to {@code status}. */
    public static void advance(Evaluation e, EvaluationStatus status) {
        if (status == EvaluationStatus.COMMISSIONED) {
            return;
        }
        if (status == EvaluationStatus.CANCELLED) {
            e.enter(status);
            return;
        }
        for (EvaluationStatus s : PATH) {
            e.enter(s);
            if (s == status) {
                return;
            }
        }
    }

    /** Fills the evaluation with a whole score sheet as the tasks would: targets, funds, actual values, judgments. */
    public static void fill(Evaluation e, ScoreSheet sheet) {
        e.setTargets(sheet.indicators());
        e.submitFunds(sheet.funds(), List.of());
        e.collectData(sheet.indicators().stream().filter(i -> i.actual() != null)
                .map(i -> new ActualValue(i.path(), i.actual())).toList(), sheet.checklist());
        e.judge(sheet.indicators().stream().filter(Indicator::judged)
                .map(i -> new Judgment(i.path(), i.level(), i.score(), i.reason())).toList());
    }
}
