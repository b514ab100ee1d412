package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.perfeval.common.NotFoundException;
import org.perfeval.indicator.IndicatorLibrary;
import org.perfeval.indicator.IndicatorTemplate;
import org.perfeval.json.JsonIndicatorLibrary;

/** The indicator library: templates an evaluator starts a target table from (the {@code setTargets} payload). */
@Path("indicator-library")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class IndicatorLibraryResource {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;

    @Inject
    CurrentCaller caller;

    @Inject
    IndicatorLibrary library;

    @GET
    public JsonObject list() {
        caller.get();
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (IndicatorTemplate t : library.templates()) {
            JsonArrayBuilder frame = JSON.createArrayBuilder();
            t.firstLevel().forEach((name, weight) -> frame.add(JSON.createObjectBuilder().add("name", name).add("weight", weight)));
            items.add(JSON.createObjectBuilder().add("code", t.code()).add("name", t.name())
                    .add("description", t.description()).add("firstLevel", frame)
                    .add("indicatorCount", t.indicators().size()));
        }
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{code}")
    public JsonObject template(@PathParam("code") String code) {
        caller.get();
        return JsonIndicatorLibrary.write(library.template(code)
                .orElseThrow(() -> new NotFoundException("指标模板 " + code + " 不存在")));
    }
}
