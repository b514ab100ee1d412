package org.perfeval.web;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.report.ScoreTables;

/** The target and score tables of an evaluation as one .xlsx workbook, in the national self-evaluation layout. */
@Path("evaluations/{id}/tables")
public class TableExportResource {

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationService evaluations;

    @GET
    @Produces(TableResource.XLSX)
    @Transactional
    public Response export(@PathParam("id") String id) {
        Evaluation e = evaluations.visible(EvaluationResource.parseId(id), caller.get());
        return ReportResource.download(ScoreTables.export(e.sheet(), e.result()), TableResource.XLSX,
                e.getTitle() + "-指标与评分表.xlsx");
    }
}
