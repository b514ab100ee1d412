package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.perfeval.workflow.EvaluationQueries;

/** The target and score tables of an evaluation as one .xlsx workbook, in the national self-evaluation layout. */
@Path("evaluations/{id}/tables")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class TableExportResource {

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationQueries queries;

    @GET
    @Produces(TableResource.XLSX)
    public Response export(@PathParam("id") String id) {
        long evaluationId = EvaluationResource.parseId(id);
        byte[] xlsx = queries.tables(evaluationId, caller.get());
        return ReportResource.download(xlsx, TableResource.XLSX, queries.title(evaluationId, caller.get()) + "-指标与评分表.xlsx");
    }
}
