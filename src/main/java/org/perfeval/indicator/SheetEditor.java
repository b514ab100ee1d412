package org.perfeval.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;

/**
 * Fills an evaluation's score sheet step by step, as the lifecycle's tasks deliver their parts.
 * Each step checks what it adds against the sheet (an unknown indicator, a score outside its
 * band), then the merged sheet as a whole ({@link SheetRules}); nothing changes unless both pass.
 * Errors are named by the payload's paths ({@code scores[2].path}).
 */
public final class SheetEditor {

    private SheetEditor() {
    }

    /** setTargets: the indicator system with weights and targets; earlier actual values and judgments are dropped. */
    public static ScoreSheet withTargets(ScoreSheet sheet, List<Indicator> targets) {
        return checked(sheet.withIndicators(targets.stream().map(Indicator::asTarget).toList()), new ArrayList<>());
    }

    /** submitData: the department's funds in 万元. */
    public static ScoreSheet withFunds(ScoreSheet sheet, Funds funds) {
        return checked(sheet.withFunds(funds), new ArrayList<>());
    }

    /** collectData: the evaluator's actual values per indicator path and the checklist facts judged. */
    public static ScoreSheet withActuals(ScoreSheet sheet, List<ActualValue> actuals, Checklist checklist) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> index = indexOf(sheet);
        List<Indicator> indicators = new ArrayList<>(sheet.indicators());
        for (int i = 0; i < actuals.size(); i++) {
            ActualValue a = actuals.get(i);
            Integer at = locate(a.path(), "actuals[" + i + "].path", index, errors);
            if (at != null && a.actual() != null) { // an item that only cites evidence keeps the value
                indicators.set(at, indicators.get(at).withActual(a.actual()));
            }
        }
        return checked(sheet.withIndicators(indicators).withChecklist(sheet.checklist().updatedBy(checklist)), errors);
    }

    /** score: the evaluator's levels, scores and reasons; formula and quantitative indicators are computed later. */
    public static ScoreSheet withJudgments(ScoreSheet sheet, List<Judgment> judgments) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> index = indexOf(sheet);
        List<Indicator> indicators = new ArrayList<>(sheet.indicators());
        for (int i = 0; i < judgments.size(); i++) {
            Judgment j = judgments.get(i);
            String at = "scores[" + i + "]";
            Integer target = locate(j.path(), at + ".path", index, errors);
            if (target == null) {
                continue;
            }
            if (j.level() == null && j.score() == null && j.reason() == null) {
                continue; // an item that only cites evidence keeps the judgment
            }
            int before = errors.size();
            Judgments.check(at, indicators.get(target).weight(), j.score(), j.level(), j.reason(), errors);
            if (errors.size() == before) {
                indicators.set(target, indicators.get(target).withJudgment(j));
            }
        }
        return checked(sheet.withIndicators(indicators), errors);
    }

    /** The step's own errors first, then whatever the merged sheet as a whole gets wrong. */
    private static ScoreSheet checked(ScoreSheet next, List<FieldError> errors) {
        if (errors.isEmpty()) {
            errors.addAll(SheetRules.check(next, SheetRules.Stage.TARGETS));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return next;
    }

    private static Map<String, Integer> indexOf(ScoreSheet sheet) {
        if (!sheet.hasTargets()) {
            throw ValidationException.of("indicators", "尚未设定指标体系");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sheet.indicators().size(); i++) {
            index.put(sheet.indicators().get(i).key(), i);
        }
        return index;
    }

    private static Integer locate(List<String> path, String at, Map<String, Integer> index, List<FieldError> errors) {
        Integer i = index.get(String.join("/", path));
        if (i == null) {
            errors.add(new FieldError(at, "没有这个指标: " + String.join("/", path)));
        }
        return i;
    }
}
