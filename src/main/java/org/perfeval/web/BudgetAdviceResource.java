package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.perfeval.common.ValidationException;
import org.perfeval.workflow.EvaluationQueries;

/** Results application: the budget advice of closed evaluations for one budget year ({@code ?year=2027}). */
@Path("budget-advice")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class BudgetAdviceResource {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationQueries queries;

    @GET
    public JsonObject forYear(@QueryParam("year") String year) {
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of("year", "必填, 应为预算年度, 如 ?year=2027");
        }
        var items = JSON.createArrayBuilder();
        queries.adviceFor(y, caller.get()).forEach(e -> items.add(EvaluationJson.summary(e, false)
                .add("budgetAdvice", EvaluationJson.advice(e))));
        return JSON.createObjectBuilder().add("year", y).add("items", items).build();
    }
}
