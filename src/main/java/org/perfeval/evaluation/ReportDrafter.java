package org.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perfeval.common.Rate;
import org.perfeval.indicator.Checklist;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Funds;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.scoring.Finding;
import org.perfeval.scoring.IndicatorResult;
import org.perfeval.scoring.ScoreResult;
import org.perfeval.evaluation.DraftTemplates.FactClause;
import org.perfeval.evaluation.DraftTemplates.Paragraph;
import org.perfeval.evaluation.DraftTemplates.RuleTemplate;

/**
 * Drafts the report's problems and recommendations as a reader expects them. The scoring keeps one
 * {@code TARGET_NOT_MET} finding per weak indicator; here a rule's finding absorbs those of the indicators
 * it explains (a rate rule the indicators computed by its formula, a checklist rule the indicators judging
 * its fact), and only an indicator no rule explains is a problem of its own. Each problem and its
 * recommendation is a paragraph filled from the templates with the evaluation's figures.
 */
public final class ReportDrafter {

    /** The values a template may name (the loader refuses any other). */
    public static final Set<String> PLACEHOLDERS = Set.of("unit", "year", "bureau", "scope", "basisTitle", "basisNumber",
            "initialBudget", "adjustedBudget", "expenditure", "basicExpenditure", "projectExpenditure", "procurementBudget",
            "procurementExecuted", "carryOver", "threePublicBudget", "threePublicActual", "executionRate", "adjustmentRate",
            "procurementRate", "carryOverRate", "threePublicRate", "facts", "indicator", "target", "actual", "weight",
            "score", "explanation");

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final DraftTemplates templates;

    public ReportDrafter(DraftTemplates templates) {
        this.templates = templates;
    }

    public ReportDraft draft(Evaluation e) {
        Map<String, String> values = values(e);
        ScoreResult result = e.result();
        List<Finding> found = result == null ? List.of() : result.findings();
        List<Finding> rules = new ArrayList<>(found.stream().filter(f -> !Finding.TARGET_NOT_MET.equals(f.code())).toList());
        rules.sort(Comparator.comparingInt(f -> order(f.code())));
        Set<List<String>> explained = new LinkedHashSet<>();
        List<DraftItem> problems = new ArrayList<>();
        List<DraftItem> recommendations = new ArrayList<>();
        for (Finding f : rules) {
            Optional<RuleTemplate> template = templates.rule(f.code());
            if (template.isEmpty()) {
                // a rule without paragraphs of its own drafts what the rule says
                problems.add(new DraftItem(f.code(), f.title(), f.evidence()));
                recommendations.add(new DraftItem(f.code(), f.recommendation(), null));
                continue;
            }
            RuleTemplate t = template.get();
            for (Finding g : found) {
                if (Finding.TARGET_NOT_MET.equals(g.code())) {
                    indicatorOf(g, e).filter(t::explains).ifPresent(ind -> explained.add(ind.path()));
                }
            }
            Map<String, String> own = new HashMap<>(values);
            own.put("facts", facts(t.facts(), e.sheet().checklist(), FactClause::problem));
            problems.add(item(f.code(), t.problem(), own));
            own.put("facts", facts(t.facts(), e.sheet().checklist(), FactClause::recommendation));
            recommendations.add(item(f.code(), t.recommendation(), own));
        }
        for (Finding g : found) {
            if (!Finding.TARGET_NOT_MET.equals(g.code())) {
                continue;
            }
            Optional<Indicator> ind = indicatorOf(g, e);
            if (ind.isPresent() && explained.contains(ind.get().path())) {
                continue;
            }
            Map<String, String> own = new HashMap<>(values);
            ind.ifPresent(i -> indicatorValues(i, e.result(), own));
            own.putIfAbsent("indicator", g.title().replace("未达到绩效目标", ""));
            problems.add(item(g.code(), templates.indicatorProblem(), own));
            recommendations.add(item(g.code(), templates.indicatorRecommendation(), own));
        }
        return new ReportDraft(problems, recommendations, TemplateText.fill(templates.abstractText(), values));
    }

    private int order(String code) {
        for (int i = 0; i < templates.rules().size(); i++) {
            if (templates.rules().get(i).code().equals(code)) {
                return i;
            }
        }
        return templates.rules().size();
    }

    private static DraftItem item(String code, Paragraph p, Map<String, String> values) {
        return new DraftItem(code, TemplateText.fill(p.title(), values), TemplateText.fill(p.text(), values));
    }

    /**
     * The indicator a finding is about: by its path, or for a result stored before findings carried one, by
     * the name its title was made of.
     */
    private static Optional<Indicator> indicatorOf(Finding f, Evaluation e) {
        List<Indicator> all = e.sheet().allIndicators();
        if (f.aboutIndicator()) {
            return all.stream().filter(i -> i.path().equals(f.path())).findFirst();
        }
        return all.stream().filter(i -> f.title().equals(i.name() + "未达到绩效目标")).findFirst();
    }

    /** The checklist facts found missing, enumerated 一是…；二是… (one alone without its ordinal). */
    private static String facts(List<FactClause> clauses, Checklist checklist,
                                java.util.function.Function<FactClause, String> text) {
        List<String> missing = clauses.stream().filter(c -> Boolean.FALSE.equals(fact(checklist, c.fact())))
                .map(text).toList();
        if (missing.size() == 1) {
            return missing.get(0);
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            numbered.add((i < ORDINALS.length ? ORDINALS[i] : String.valueOf(i + 1)) + "是" + missing.get(i));
        }
        return String.join("；", numbered);
    }

    private static Boolean fact(Checklist c, String name) {
        return switch (name) {
            case "performanceLeadingGroup" -> c.performanceLeadingGroup();
            case "performanceRules" -> c.performanceRules();
            default -> null;
        };
    }

    private static Map<String, String> values(Evaluation e) {
        Map<String, String> v = new HashMap<>();
        v.put("unit", e.getSubject().getName());
        v.put("year", String.valueOf(e.getYear()));
        v.put("bureau", e.getBureau().getName());
        v.put("scope", e.getKind() == EvaluationKind.DEPARTMENT ? "部门整体支出" : "项目支出");
        e.basis().ifPresent(b -> {
            v.put("basisTitle", b.title());
            if (b.number() != null) {
                v.put("basisNumber", b.number());
            }
        });
        Funds funds = e.sheet().funds();
        for (String field : Funds.FIELDS) {
            funds.get(field).ifPresent(a -> v.put(field, plain(a.wan())));
        }
        if (e.result() != null) {
            rate(v, "executionRate", e.result(), Formula.BUDGET_EXECUTION_RATE);
            rate(v, "adjustmentRate", e.result(), Formula.BUDGET_ADJUSTMENT_RATE);
            rate(v, "procurementRate", e.result(), Formula.PROCUREMENT_EXECUTION_RATE);
            rate(v, "carryOverRate", e.result(), Formula.CARRY_OVER_RATE);
            rate(v, "threePublicRate", e.result(), Formula.THREE_PUBLIC_CONTROL_RATE);
        }
        return v;
    }

    private static void rate(Map<String, String> v, String name, ScoreResult result, Formula formula) {
        Rate r = result.ratios().get(formula);
        if (r != null) {
            v.put(name, r.toString());
        }
    }

    private static void indicatorValues(Indicator ind, ScoreResult result, Map<String, String> v) {
        v.put("indicator", ind.name());
        if (ind.target() != null && !ind.target().isBlank()) {
            v.put("target", ind.target());
        }
        if (ind.actual() != null && ind.actual().text() != null && !ind.actual().text().isBlank()) {
            v.put("actual", ind.actual().text());
        }
        v.put("weight", plain(ind.weight().points()));
        if (result != null) {
            result.indicators().stream().filter(r -> r.path().equals(ind.path())).findFirst().ifPresent(r -> {
                v.put("score", plain(r.score().points()));
                String why = sentence(r.explanation());
                if (!why.isEmpty()) {
                    v.put("explanation", why);
                }
            });
        }
    }

    /** An explanation as a clause of the paragraph: without its own closing stop. */
    private static String sentence(String text) {
        String s = text == null ? "" : text.strip();
        while (!s.isEmpty() && "。；，.;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
