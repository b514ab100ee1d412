package org.perfeval.selfevaluation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Generated forms as the JSON body {@code {"forms":[…]}} (forms/FORMAT.md, As JSON). An unreadable
 * cell becomes a string where the number belongs, which the JSON reader names by its path.
 */
final class FormJsonWriter {

    /** One factory: each {@code Json.create…} call looks the provider up again, which costs more than the form. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private FormJsonWriter() {
    }

    static String toJson(List<GeneratedForm> forms) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        forms.forEach(f -> all.add(form(f)));
        return JSON.createObjectBuilder().add("forms", all).build().toString();
    }

    private static JsonObject form(GeneratedForm generated) {
        SelfEvaluationForm f = generated.form();
        UnreadableCell bad = generated.unreadable();
        FormFunds funds = f.funds();
        JsonObjectBuilder fundsJson = JSON.createObjectBuilder()
                .add("initialBudget", funds.initialBudget().wan());
        number(fundsJson, "annualBudget", funds.annualBudget().wan(), garbage(bad, UnreadableCell.Field.ANNUAL_BUDGET, -1));
        fundsJson.add("expenditure", funds.expenditure().wan());
        number(fundsJson, "weight", funds.weight().points(), garbage(bad, UnreadableCell.Field.EXECUTION_WEIGHT, -1));
        number(fundsJson, "printedRate", funds.printedRate(), null);
        number(fundsJson, "printedScore", funds.printedScore(), null);
        JsonArrayBuilder indicators = JSON.createArrayBuilder();
        for (int k = 0; k < f.indicators().size(); k++) {
            FormIndicator i = f.indicators().get(k);
            JsonObjectBuilder ind = JSON.createObjectBuilder()
                    .add("path", JSON.createArrayBuilder(i.path()))
                    .add("target", i.target());
            if (i.actual() != null) {
                ind.add("actual", i.actual());
            }
            number(ind, "weight", i.weight().points(), garbage(bad, UnreadableCell.Field.INDICATOR_WEIGHT, k));
            number(ind, "printedScore", i.printedScore(), garbage(bad, UnreadableCell.Field.INDICATOR_SCORE, k));
            ind.add("explanation", i.explanation() == null ? "" : i.explanation());
            indicators.add(ind);
        }
        JsonObjectBuilder out = JSON.createObjectBuilder()
                .add("year", f.year())
                .add("project", f.project())
                .add("department", f.department())
                .add("unit", f.unit())
                .add("funds", fundsJson)
                .add("goals", JSON.createObjectBuilder().add("expected", f.expectedGoal()).add("actual", f.actualGoal()))
                .add("indicators", indicators);
        number(out, "printedTotal", f.printedTotal(), null);
        return out.build();
    }

    private static String garbage(UnreadableCell bad, UnreadableCell.Field field, int indicator) {
        return bad != null && bad.isAt(field, indicator) ? bad.text() : null;
    }

    /** The number, the garbage text in its place, or nothing when the unit left it blank. */
    private static void number(JsonObjectBuilder b, String key, BigDecimal value, String garbage) {
        if (garbage != null) {
            b.add(key, garbage);
        } else if (value != null) {
            b.add(key, value);
        }
    }
}
