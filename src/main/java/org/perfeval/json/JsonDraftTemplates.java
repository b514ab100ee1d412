package org.perfeval.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.perfeval.evaluation.DraftTemplateLibrary;
import org.perfeval.evaluation.DraftTemplates;
import org.perfeval.evaluation.DraftTemplates.FactClause;
import org.perfeval.evaluation.DraftTemplates.Paragraph;
import org.perfeval.evaluation.DraftTemplates.RuleTemplate;
import org.perfeval.evaluation.ReportDrafter;
import org.perfeval.evaluation.TemplateText;
import org.perfeval.indicator.Formula;

/**
 * The draft report's paragraphs as data, {@code indicator-library/report-templates.json}, beside the indicator
 * templates. Read once and checked when loaded: a placeholder the drafter does not fill is refused, so that a
 * typo cannot reach a published report as an empty gap.
 */
@ApplicationScoped
public class JsonDraftTemplates implements DraftTemplateLibrary {

    static final String FILE = "indicator-library/report-templates.json";

    private final DraftTemplates templates = load();

    @Override
    public DraftTemplates templates() {
        return templates;
    }

    public static DraftTemplates load() {
        return read(Resources.json(FILE).asJsonObject());
    }

    static DraftTemplates read(JsonObject o) {
        List<RuleTemplate> rules = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("rules")) {
            JsonObject r = v.asJsonObject();
            JsonObject explains = r.getJsonObject("explains");
            Formula formula = explains != null && explains.containsKey("formula")
                    ? Formula.valueOf(explains.getString("formula")) : null;
            List<FactClause> facts = new ArrayList<>();
            if (r.containsKey("facts")) {
                for (JsonValue f : r.getJsonArray("facts")) {
                    JsonObject fact = f.asJsonObject();
                    String name = fact.getString("fact");
                    if (!ReportDrafter.FACTS.contains(name)) {
                        throw new IllegalStateException(FILE + ": unknown fact " + name + ", known: " + ReportDrafter.FACTS);
                    }
                    facts.add(new FactClause(name, strings(fact, "namesContaining"),
                            checked(fact.getString("problem"), ReportDrafter.FACT),
                            checked(fact.getString("recommendation"), ReportDrafter.FACT)));
                }
            }
            rules.add(new RuleTemplate(r.getString("code"), formula, paragraph(r.getJsonObject("problem"), ReportDrafter.RULE),
                    paragraph(r.getJsonObject("recommendation"), ReportDrafter.RULE), facts));
        }
        JsonObject indicator = o.getJsonObject("indicator");
        return new DraftTemplates(checked(o.getString("abstract"), ReportDrafter.COMMON), rules,
                paragraph(indicator.getJsonObject("problem"), ReportDrafter.INDICATOR),
                paragraph(indicator.getJsonObject("recommendation"), ReportDrafter.INDICATOR));
    }

    private static Paragraph paragraph(JsonObject p, Set<String> known) {
        return new Paragraph(checked(p.getString("title"), known), checked(p.getString("text"), known));
    }

    /** The template, refused when it names a value that is not filled where it is used. */
    private static String checked(String template, Set<String> known) {
        Set<String> unknown = new TreeSet<>(TemplateText.placeholders(template));
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(FILE + ": unknown placeholder " + unknown + " in \"" + template + "\"");
        }
        return template;
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).stream().map(v -> ((JsonString) v).getString()).toList();
    }
}
