package org.perfeval.web;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfeval.common.NotFoundException;
import org.perfeval.indicator.IndicatorLibrary;

/** The indicator library: templates an evaluator starts a target table from (the {@code setTargets} payload). */
@Path("indicator-library")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class IndicatorLibraryResource {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.common.Json.BUILDERS;

    @Inject
    CurrentCaller caller;

    @Inject
    IndicatorLibrary library;

    @GET
    public JsonObject list() {
        caller.get();
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (JsonObject t : library.templates()) {
            Map<String, BigDecimal> firstLevel = new LinkedHashMap<>();
            for (JsonValue v : t.getJsonArray("indicators")) {
                JsonObject ind = v.asJsonObject();
                firstLevel.merge(ind.getJsonArray("path").getString(0), ind.getJsonNumber("weight").bigDecimalValue(),
                        BigDecimal::add);
            }
            JsonArrayBuilder frame = JSON.createArrayBuilder();
            firstLevel.forEach((name, weight) -> frame.add(JSON.createObjectBuilder().add("name", name).add("weight", weight)));
            items.add(JSON.createObjectBuilder().add("code", t.getString("code")).add("name", t.getString("name"))
                    .add("description", t.getString("description")).add("firstLevel", frame)
                    .add("indicatorCount", t.getJsonArray("indicators").size()));
        }
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{code}")
    public JsonObject template(@PathParam("code") String code) {
        caller.get();
        return library.template(code).orElseThrow(() -> new NotFoundException("指标模板 " + code + " 不存在"));
    }
}
