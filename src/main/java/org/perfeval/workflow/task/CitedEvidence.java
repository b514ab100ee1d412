package org.perfeval.workflow.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.IndicatorEvidence;
import org.perfeval.evidence.EvidenceService;

/**
 * The files a collectData or score payload cites per indicator, resolved against the evaluation's
 * files; unknown indicators and files are reported together, each by its payload field.
 */
final class CitedEvidence {

    private CitedEvidence() {
    }

    /** Runs the task's own step and its citations, reporting the errors of both at once (each once). */
    static void withStep(Runnable step, Runnable citations) {
        List<FieldError> errors = new ArrayList<>();
        for (Runnable part : List.of(step, citations)) {
            try {
                part.run();
            } catch (ValidationException e) {
                e.errors().stream().filter(f -> !errors.contains(f)).forEach(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static List<IndicatorEvidence> resolve(EvidenceService files, Evaluation evaluation, List<TaskCommand.Citation> cited) {
        Set<String> indicators = new HashSet<>();
        evaluation.sheet().indicators().forEach(i -> indicators.add(i.key()));
        List<FieldError> errors = new ArrayList<>();
        List<IndicatorEvidence> resolved = new ArrayList<>();
        for (TaskCommand.Citation c : cited) {
            if (!indicators.contains(String.join("/", c.path()))) {
                errors.add(new FieldError(c.field().replaceFirst("\\.evidence$", ".path"), "没有这个指标: " + String.join("/", c.path())));
                continue;
            }
            try {
                resolved.add(new IndicatorEvidence(c.path(), files.cite(evaluation.getId(), c.evidence(), c.field())));
            } catch (ValidationException e) {
                errors.addAll(e.errors()); // every bad citation at once
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return resolved;
    }
}
