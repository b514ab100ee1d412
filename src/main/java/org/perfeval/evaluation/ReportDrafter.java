package org.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.perfeval.common.Rate;
import org.perfeval.indicator.Checklist;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Funds;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Part;
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
 * a fact it found missing), and only an indicator no rule explains is a problem of its own. Each problem and
 * its recommendation is a paragraph filled from the templates with the evaluation's figures.
 */
public final class ReportDrafter {

    /** What every template may name. */
    public static final Set<String> COMMON = Set.of("unit", "year", "bureau", "object", "basisTitle", "basisNumber",
            "initialBudget", "adjustedBudget", "expenditure", "basicExpenditure", "projectExpenditure", "procurementBudget",
            "procurementExecuted", "carryOver", "threePublicBudget", "threePublicActual", "executionRate", "adjustmentRate",
            "procurementRate", "carryOverRate", "threePublicRate");

    /** A rule's paragraphs name its missing facts too. */
    public static final Set<String> RULE = union(COMMON, Set.of("facts"));

    /** A fact's clause may lead with the unit's name, which only the first clause takes. */
    public static final Set<String> FACT = union(COMMON, Set.of("lead"));

    /** An indicator's paragraphs name the indicator and its figures. */
    public static final Set<String> INDICATOR = union(COMMON, Set.of("indicator", "part", "target", "actual", "weight",
            "score", "explanation"));

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final DraftTemplates templates;

    public ReportDrafter(DraftTemplates templates) {
        this.templates = templates;
    }

    public ReportDraft draft(Evaluation e) {
        Map<String, String> values = values(e);
        ScoreResult result = e.result();
        List<Finding> found = result == null ? List.of() : result.findings();
        List<IndicatorResult> weak = result == null ? List.of() : weakIndicators(found, result);
        Checklist checklist = e.sheet().checklist();
        Predicate<String> missing = fact -> Boolean.FALSE.equals(fact(checklist, fact));
        List<Finding> rules = new ArrayList<>(found.stream().filter(f -> !Finding.TARGET_NOT_MET.equals(f.code())).toList());
        rules.sort(Comparator.comparingInt(f -> order(f.code())));
        Set<IndicatorResult> explained = new HashSet<>();
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
            for (IndicatorResult r : weak) {
                indicator(e.sheet(), r).filter(ind -> t.explains(ind, missing)).ifPresent(ind -> explained.add(r));
            }
            Map<String, String> own = new HashMap<>(values);
            own.put("facts", facts(t.facts(), missing, FactClause::problem, values));
            problems.add(item(f.code(), t.problem(), own));
            own.put("facts", facts(t.facts(), missing, FactClause::recommendation, values));
            recommendations.add(item(f.code(), t.recommendation(), own));
        }
        for (IndicatorResult r : weak) {
            if (explained.contains(r)) {
                continue;
            }
            Map<String, String> own = new HashMap<>(values);
            indicatorValues(r, indicator(e.sheet(), r), own);
            problems.add(item(Finding.TARGET_NOT_MET, templates.indicatorProblem(), own));
            recommendations.add(item(Finding.TARGET_NOT_MET, templates.indicatorRecommendation(), own));
        }
        return new ReportDraft(problems, recommendations, TemplateText.fill(templates.abstractText(), values));
    }

    /**
     * The indicators of the {@code TARGET_NOT_MET} findings. The scoring writes those in the order of its
     * indicator results, each titled by its indicator's name, so walking both in step finds each one's
     * indicator, also where two parts of a sheet have an indicator of the same name.
     */
    private static List<IndicatorResult> weakIndicators(List<Finding> found, ScoreResult result) {
        List<IndicatorResult> out = new ArrayList<>();
        List<IndicatorResult> results = result.indicators();
        int next = 0;
        for (Finding f : found) {
            if (!Finding.TARGET_NOT_MET.equals(f.code())) {
                continue;
            }
            for (int i = next; i < results.size(); i++) {
                if (f.title().equals(results.get(i).name() + "未达到绩效目标")) {
                    out.add(results.get(i));
                    next = i + 1;
                    break;
                }
            }
        }
        return out;
    }

    /** The sheet's indicator a result is about, in its part where the sheet has parts. */
    private static Optional<Indicator> indicator(ScoreSheet sheet, IndicatorResult r) {
        List<Indicator> candidates = r.part() == null ? sheet.indicators()
                : sheet.parts().stream().filter(p -> p.name().equals(r.part())).findFirst().map(Part::indicators)
                        .orElse(List.of());
        return candidates.stream().filter(i -> i.path().equals(r.path())).findFirst();
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
     * The checklist facts found missing, each clause filled, enumerated 一是…；二是… (one alone without its
     * ordinal); only the first clause takes {@code {lead}}, the unit's name, as the seed writes 一是某单位…；二是….
     */
    private static String facts(List<FactClause> clauses, Predicate<String> missing, Function<FactClause, String> text,
                                Map<String, String> values) {
        List<String> filled = new ArrayList<>();
        for (FactClause c : clauses) {
            if (missing.test(c.fact())) {
                Map<String, String> own = new HashMap<>(values);
                own.put("lead", filled.isEmpty() ? values.get("unit") : "");
                filled.add(TemplateText.fill(text.apply(c), own));
            }
        }
        if (filled.size() == 1) {
            return filled.get(0);
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            numbered.add((i < ORDINALS.length ? ORDINALS[i] : String.valueOf(i + 1)) + "是" + filled.get(i));
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

    /** The facts a fact clause may name (the loader refuses others). */
    public static final Set<String> FACTS = Set.of("performanceLeadingGroup", "performanceRules");

    private static Map<String, String> values(Evaluation e) {
        Map<String, String> v = new HashMap<>();
        v.put("unit", e.getSubject().getName());
        v.put("year", String.valueOf(e.getYear()));
        v.put("bureau", e.getBureau().getName());
        v.put("object", evaluated(e));
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

    /**
     * What was evaluated, as the 摘要 names it: a department's spending of the year (某单位2022年部门整体支出), or
     * the project the title names (2023年某项目), without the words that say it is an evaluation.
     */
    private static String evaluated(Evaluation e) {
        if (e.getKind() == EvaluationKind.DEPARTMENT) {
            return e.getSubject().getName() + e.getYear() + "年部门整体支出";
        }
        String title = e.getTitle().strip();
        for (String tail : List.of("报告", "绩效评价", "绩效自评", "评价")) {
            if (title.endsWith(tail) && title.length() > tail.length()) {
                title = title.substring(0, title.length() - tail.length());
            }
        }
        return title;
    }

    private static void rate(Map<String, String> v, String name, ScoreResult result, Formula formula) {
        Rate r = result.ratios().get(formula);
        if (r != null) {
            v.put(name, r.toString());
        }
    }

    private static void indicatorValues(IndicatorResult r, Optional<Indicator> ind, Map<String, String> v) {
        v.put("indicator", r.name());
        if (r.part() != null) {
            v.put("part", r.part());
        }
        ind.ifPresent(i -> {
            if (i.target() != null && !i.target().isBlank()) {
                v.put("target", i.target());
            }
            if (i.actual() != null && i.actual().text() != null && !i.actual().text().isBlank()) {
                v.put("actual", i.actual().text());
            }
        });
        v.put("weight", plain(r.weight().points()));
        v.put("score", plain(r.score().points()));
        String why = clause(r.explanation());
        if (!why.isEmpty()) {
            v.put("explanation", why);
        }
    }

    /** An explanation as a clause of the paragraph: without its own closing stop. */
    private static String clause(String text) {
        String s = text == null ? "" : text.strip();
        while (!s.isEmpty() && "。；，.;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
