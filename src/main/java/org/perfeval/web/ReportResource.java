package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.perfeval.report.PdfReport;
import org.perfeval.report.ReportFonts;
import org.perfeval.report.ReportContent;
import org.perfeval.report.WordReport;
import org.perfeval.workflow.EvaluationQueries;

/** The evaluation report, generated from the stored evaluation, as .docx or .pdf by the Accept header. */
@Path("evaluations/{id}/report")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class ReportResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationQueries queries;

    @Inject
    ReportFonts fonts;

    @GET
    @Produces(DOCX)
    public Response word(@PathParam("id") String id) {
        ReportContent content = content(id);
        return download(WordReport.render(content), DOCX, content.title() + ".docx");
    }

    @GET
    @Produces(PDF)
    public Response pdf(@PathParam("id") String id) {
        ReportContent content = content(id);
        return download(PdfReport.render(content, fonts.required()), PDF, content.title() + ".pdf");
    }

    /** For plain links (a browser's Accept header names neither): {@code /report/pdf} or {@code /report/docx}. */
    @GET
    @Path("{format: pdf|docx}")
    public Response byFormat(@PathParam("id") String id, @PathParam("format") String format) {
        return "pdf".equals(format) ? pdf(id) : word(id);
    }

    private ReportContent content(String id) {
        return queries.report(EvaluationResource.parseId(id), caller.get());
    }

    static Response download(byte[] bytes, String type, String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"report\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
