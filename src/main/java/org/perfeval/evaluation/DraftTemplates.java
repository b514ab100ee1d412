package org.perfeval.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Indicator;

/**
 * The paragraphs the draft report starts from, as data beside the indicator library: the 摘要's opening
 * sentence, and for each findings rule its problem and recommendation with the indicators the rule
 * explains, and the paragraphs of an indicator no rule explains. Texts carry {@code {placeholders}}; a
 * {@code [bracketed]} part is left out when a placeholder in it has no value ({@link TemplateText}).
 *
 * @param rules in the order the report lists its problems
 */
public record DraftTemplates(String abstractText, List<RuleTemplate> rules, Paragraph indicatorProblem,
                             Paragraph indicatorRecommendation) {

    public DraftTemplates {
        rules = List.copyOf(rules);
    }

    public Optional<RuleTemplate> rule(String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** A heading and the paragraph under it. */
    public record Paragraph(String title, String text) {
    }

    /**
     * One rule's paragraphs.
     *
     * @param formula the rate the rule judges: it explains the indicators computed by that formula; null for a
     *                checklist rule
     * @param facts for a checklist rule, what each missing fact adds to {@code {facts}}, enumerated 一是…；二是…
     */
    public record RuleTemplate(String code, Formula formula, Paragraph problem, Paragraph recommendation,
                               List<FactClause> facts) {

        public RuleTemplate {
            facts = List.copyOf(facts);
        }

        /**
         * Whether the rule's finding stands for the indicator's: a rate rule for an indicator computed by its
         * formula, a checklist rule for an indicator that judges one of the facts found missing.
         */
        public boolean explains(Indicator indicator, Predicate<String> missingFact) {
            return formula != null && formula == indicator.formula()
                    || facts.stream().anyMatch(f -> missingFact.test(f.fact()) && f.judgedBy(indicator));
        }
    }

    /**
     * A checklist fact's clause in the problem and in the recommendation, and the indicators that judge the same
     * fact, known by a part of their name (预算绩效管理制度健全性 judges the 制度).
     */
    public record FactClause(String fact, List<String> namesContaining, String problem, String recommendation) {

        public FactClause {
            namesContaining = List.copyOf(namesContaining);
        }

        boolean judgedBy(Indicator indicator) {
            return namesContaining.stream().anyMatch(indicator.name()::contains);
        }
    }
}
