package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.ScoreResultJson;
import org.perfeval.json.ScoreSheetJson;
import org.perfeval.scoring.ScoringService;

/** Stateless scoring of a score sheet, by the same service the process's scoring step calls. */
@Path("scoring")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class ScoringResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ScoringService scoring;

    @POST
    @Path("preview")
    @Consumes(MediaType.WILDCARD)
    public JsonObject preview(String body) {
        caller.get(); // any authenticated role
        var sheet = ScoreSheetJson.read(JsonBodies.object(body), SheetRules.Stage.SCORING);
        return ScoreResultJson.of(scoring.score(sheet));
    }
}
