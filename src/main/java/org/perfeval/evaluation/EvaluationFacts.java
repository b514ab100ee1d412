package org.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.audit.AuditState;
import org.perfeval.indicator.Indicator;
import org.perfeval.scoring.IndicatorResult;

/**
 * An evaluation as the audit trail sees it: every target, weight, amount, actual value, score,
 * finding, recommendation and report section as a named fact, so that a change records exactly
 * which of them it altered, old → new. The status has entries of its own.
 */
public final class EvaluationFacts {

    private EvaluationFacts() {
    }

    public static AuditState of(Evaluation e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", e.getTitle());
        f.put("year", String.valueOf(e.getYear()));
        f.put("kind", e.getKind().name());
        f.put("subject", e.getSubject().getName());
        f.put("agency", e.getAgency().getName());
        f.put("dueDate", String.valueOf(e.getDueDate()));
        f.put("basis", e.basis().map(b -> b.title() + (b.number() == null ? "" : "（" + b.number() + "）")).orElse(null));
        e.sheet().funds().amounts().forEach((field, amount) -> f.put("funds." + field, plain(amount.wan())));
        var checklist = e.sheet().checklist();
        f.put("checklist.performanceLeadingGroup", text(checklist.performanceLeadingGroup()));
        f.put("checklist.performanceRules", text(checklist.performanceRules()));
        for (Indicator i : e.sheet().allIndicators()) {
            String key = "indicator." + i.key();
            f.put(key + ".weight", plain(i.weight().points()));
            f.put(key + ".target", i.target());
            f.put(key + ".applicable", i.applicable() ? null : "false");
            f.put(key + ".actual", i.actual() == null ? null : i.actual().text());
            f.put(key + ".level", i.level() == null ? null : i.level().name());
            f.put(key + ".score", i.score() == null ? null : plain(i.score()));
            f.put(key + ".reason", i.reason());
        }
        if (e.result() != null) {
            f.put("result.total", plain(e.result().total().points()));
            f.put("result.grade", e.result().grade() == null ? null : e.result().grade().label());
            for (IndicatorResult r : e.result().indicators()) {
                f.put("result." + String.join("/", r.path()), plain(r.score().points()));
            }
        }
        items(f, "finding", e.findings());
        items(f, "recommendation", e.recommendations());
        f.put("section.abstract", e.reportSections().abstractText());
        f.put("section.overview", e.reportSections().overview());
        f.put("section.experience", e.reportSections().experience());
        List<String> evidence = e.evidence().stream().map(EvidenceRef::name).toList();
        f.put("evidence", evidence.isEmpty() ? null : String.join("；", evidence));
        f.put("advice", e.getAdviceText());
        return new AuditState(f);
    }

    private static void items(Map<String, String> f, String prefix, List<DraftItem> items) {
        for (int n = 0; n < items.size(); n++) {
            DraftItem d = items.get(n);
            f.put(prefix + "[" + (n + 1) + "]", d.title() + (d.text() == null || d.text().isBlank() ? "" : "：" + d.text()));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Boolean value) {
        return value == null ? null : value.toString();
    }
}
