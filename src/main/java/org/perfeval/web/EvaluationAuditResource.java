package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.perfeval.workflow.AuditReading;

/** One evaluation's audit trail, for the bureau that commissioned it (and administrators). */
@Path("evaluations/{id}/audit")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.ADMIN})
public class EvaluationAuditResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditReading audit;

    @Inject
    Clock clock;

    @GET
    public JsonObject audit(@PathParam("id") String id, @QueryParam("actor") String actor,
                            @QueryParam("action") String action, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        return AuditJson.page(audit.ofEvaluation(caller.get(), EvaluationResource.parseId(id),
                AuditJson.query(actor, action, null, from, to, page, size, clock.getZone())));
    }

    @GET
    @Path("export")
    @Produces(TableResource.XLSX)
    public jakarta.ws.rs.core.Response export(@PathParam("id") String id) {
        long evaluationId = EvaluationResource.parseId(id);
        var entries = audit.exportOfEvaluation(caller.get(), evaluationId,
                AuditJson.query(null, null, null, null, null, null, null, clock.getZone()));
        return ReportResource.download(org.perfeval.report.AuditWorkbook.export(entries, clock.getZone()),
                TableResource.XLSX, "评价任务" + evaluationId + "-审计记录.xlsx");
    }
}
