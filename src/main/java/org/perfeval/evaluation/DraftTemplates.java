package org.perfeval.evaluation;

import java.util.List;
import java.util.Optional;
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
     * @param formula the rate the rule judges: it explains the indicators computed by that formula
     * @param namesContaining a checklist rule explains the indicators that judge the same fact, known by their name
     * @param facts for a checklist rule, what each missing fact adds to {@code {facts}}, enumerated 一是…；二是…
     */
    public record RuleTemplate(String code, Formula formula, List<String> namesContaining, Paragraph problem,
                               Paragraph recommendation, List<FactClause> facts) {

        public RuleTemplate {
            namesContaining = List.copyOf(namesContaining);
            facts = List.copyOf(facts);
        }

        public boolean explains(Indicator indicator) {
            return formula != null && formula == indicator.formula()
                    || namesContaining.stream().anyMatch(indicator.name()::contains);
        }
    }

    /** A checklist fact's clause in the problem and in the recommendation. */
    public record FactClause(String fact, String problem, String recommendation) {
    }
}
