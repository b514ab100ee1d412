package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.perfeval.common.FieldError;

/**
 * What an agency's recheck of a form must satisfy: every indicator of the form, each once,
 * a 复核得分 between 0 and the indicator's weight, and a reason wherever the reviewer's value or
 * score differs from what the unit printed.
 */
public final class Rechecks {

    private Rechecks() {
    }

    public static List<FieldError> problems(SelfEvaluationForm form, FormRecheck recheck) {
        Map<String, FormIndicator> byKey = form.indicators().stream()
                .collect(Collectors.toMap(FormIndicator::key, Function.identity(), (a, b) -> a));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < recheck.indicators().size(); i++) {
            IndicatorRecheck r = recheck.indicators().get(i);
            String at = "indicators[" + i + "]";
            FormIndicator indicator = byKey.get(r.path());
            if (indicator == null) {
                errors.add(new FieldError(at + ".path", "不是该自评表的指标 (no such indicator in the form): " + r.path()));
                continue;
            }
            if (!seen.add(r.path())) {
                errors.add(new FieldError(at + ".path", "该指标重复出现 (indicator given twice)"));
            }
            BigDecimal score = r.reviewedScore().points();
            if (score.signum() < 0 || score.compareTo(indicator.weight().points()) > 0) {
                errors.add(new FieldError(at + ".reviewedScore", "应在0至分值" + indicator.weight() + "之间"));
            }
            boolean changed = indicator.printedScore() == null || score.compareTo(indicator.printedScore()) != 0
                    || !Objects.equals(blankToNull(r.reviewedActual()), blankToNull(indicator.actual()));
            if (changed && (r.reason() == null || r.reason().isBlank())) {
                errors.add(new FieldError(at + ".reason", "复核完成值或得分与自评不同，须说明理由 (a change needs its reason)"));
            }
        }
        List<String> missing = byKey.keySet().stream().filter(k -> !seen.contains(k)).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("indicators", "每个指标都须复核，缺少 (every indicator is rechecked; missing): "
                    + String.join("；", missing)));
        }
        return errors;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
