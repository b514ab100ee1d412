package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.perfeval.common.FieldError;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;
import org.perfeval.json.FormRecheckJson;
import org.perfeval.selfevaluation.FlagCode;
import org.perfeval.selfevaluation.FormRecheck;
import org.perfeval.selfevaluation.FormFilter;
import org.perfeval.selfevaluation.FormUpload;
import org.perfeval.selfevaluation.ReviewBatch;
import org.perfeval.selfevaluation.ReviewFile;
import org.perfeval.selfevaluation.StoredForm;
import org.perfeval.selfevaluation.UploadKind;
import org.perfeval.workflow.SelfEvaluationBatches;
import org.perfeval.workflow.SelfEvaluationOutputs;
import org.perfeval.workflow.SelfEvaluationReview;

/** The self-evaluation review's batches (API.md, Self-evaluation review). */
@Path("self-evaluation/batches")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class SelfEvaluationResource {

    static final int MAX_PAGE_SIZE = 200;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentCaller caller;

    @Inject
    SelfEvaluationBatches batches;

    @Inject
    SelfEvaluationReview review;

    @Inject
    SelfEvaluationOutputs outputs;

    /** The batches the caller takes part in: a bureau's own, an agency's reviews, a department's results. */
    @GET
    public JsonObject list() {
        return SelfEvaluationJson.batches(batches.batches(caller.get()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        SelfEvaluationJson.NewBatch b = SelfEvaluationJson.newBatch(JsonBodies.object(body));
        ReviewBatch batch = batches.create(caller.get(), b.year(), b.name(), b.rules());
        return Response.created(URI.create("self-evaluation/batches/" + batch.id())).entity(SelfEvaluationJson.batch(batch))
                .build();
    }

    /** A workbook, a zip of workbooks or JSON {@code {forms: [...]}}, as the body itself. */
    @POST
    @Path("{id}/forms")
    @Consumes(MediaType.WILDCARD)
    public Response forms(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                          @QueryParam("name") String name, InputStream body) {
        UploadKind kind = type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_JSON)
                ? UploadKind.JSON : UploadKind.EXCEL;
        return accepted(batches.receive(caller.get(), parseId(id), name, kind, body));
    }

    /** The same as a form upload (part {@code file}), as a browser or {@code curl -F} sends it. */
    @POST
    @Path("{id}/forms")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response formsAsPart(@PathParam("id") String id, List<EntityPart> parts) {
        EntityPart part = FileResource.filePart(parts);
        String name = UploadNames.of(part);
        boolean json = name != null && name.toLowerCase(Locale.ROOT).endsWith(".json")
                || part.getMediaType() != null && part.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE);
        return accepted(batches.receive(caller.get(), parseId(id), name, json ? UploadKind.JSON : UploadKind.EXCEL,
                part.getContent()));
    }

    private static Response accepted(FormUpload upload) {
        return Response.accepted(org.perfeval.json.Json.BUILDERS.createObjectBuilder().add("accepted", upload.expected())
                .add("upload", upload.id()).add("name", upload.name()).build()).build();
    }

    /** Draws the forms for the on-site review: {@code {largest, share, seed?}}. */
    @POST
    @Path("{id}/selection")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject select(@PathParam("id") String id, String body) {
        SelfEvaluationJson.Draw d = SelfEvaluationJson.draw(JsonBodies.object(body));
        return SelfEvaluationJson.batch(batches.select(caller.get(), parseId(id), d.largest(), d.share(), d.seed()));
    }

    /** The bureau's changes to the drawn forms: {@code {add: [formId…], remove: [formId…]}}. */
    @POST
    @Path("{id}/selection/adjust")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject adjust(@PathParam("id") String id, String body) {
        SelfEvaluationJson.Adjustment a = SelfEvaluationJson.adjustment(JsonBodies.object(body));
        return SelfEvaluationJson.batch(batches.adjust(caller.get(), parseId(id), a.add(), a.remove()));
    }

    @GET
    @Path("{id}")
    public JsonObject batch(@PathParam("id") String id) {
        return SelfEvaluationJson.batch(batches.batch(caller.get(), parseId(id)));
    }

    @GET
    @Path("{id}/forms")
    public JsonObject forms(@PathParam("id") String id, @QueryParam("flag") String flag,
                            @QueryParam("department") String department, @QueryParam("selected") String selected,
                            @QueryParam("readable") String readable, @QueryParam("page") String page,
                            @QueryParam("size") String size) {
        long batchId = parseId(id);
        List<FieldError> errors = new ArrayList<>();
        FlagCode code = null;
        if (flag != null && !flag.isBlank()) {
            try {
                code = FlagCode.valueOf(flag.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("flag", "不是已知的标记代码 (unknown flag code), 如 SCORE_OVERSTATED"));
            }
        }
        int p = ListParams.count(page, "page", 0, errors);
        int s = ListParams.count(size, "size", 20, errors);
        if (s == 0 || s > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "应为1至" + MAX_PAGE_SIZE));
        }
        Boolean sel = bool(selected, "selected", errors);
        Boolean read = bool(readable, "readable", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String dept = department == null || department.isBlank() ? null : department.strip();
        ReviewBatch batch = batches.batch(caller.get(), batchId);
        return SelfEvaluationJson.page(batches.forms(caller.get(), batchId, new FormFilter(code, dept, sel, read, null), p, s),
                batch.rules());
    }

    @GET
    @Path("{id}/forms/{formId}")
    public JsonObject form(@PathParam("id") String id, @PathParam("formId") String formId) {
        long batchId = parseId(id);
        ReviewBatch batch = batches.batch(caller.get(), batchId);
        StoredForm f = batches.form(caller.get(), batchId, parseId(formId));
        return SelfEvaluationJson.detail(f, SelfEvaluationJson.review(f, batch.rules()));
    }

    @GET
    @Path("{id}/departments")
    public JsonObject departments(@PathParam("id") String id) {
        return SelfEvaluationJson.departments(batches.departments(caller.get(), parseId(id)));
    }

    /** The bureau dispatches the selection (下达): {@code {agencies: [orgId…], dueDate, answerDays?}}. */
    @POST
    @Path("{id}/dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject dispatch(@PathParam("id") String id, String body) {
        SelfEvaluationJson.Dispatch d = SelfEvaluationJson.dispatch(JsonBodies.object(body));
        return SelfEvaluationJson.batch(review.dispatch(caller.get(), parseId(id), d.agencies(), d.dueDate(), d.answerDays()));
    }

    @GET
    @Path("{id}/assignments")
    public JsonObject assignments(@PathParam("id") String id) {
        return SelfEvaluationJson.assignments(review.assignments(caller.get(), parseId(id)));
    }

    /** The agency's recheck of a form: {@code {indicators: [{path, reviewedActual, reviewedScore, reason}], opinion}}. */
    @PUT
    @Path("{id}/forms/{formId}/recheck")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject recheck(@PathParam("id") String id, @PathParam("formId") String formId, String body) {
        List<FieldError> errors = new ArrayList<>();
        FormRecheck r = FormRecheckJson.read(JsonBodies.object(body), caller.get().organisationName(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long batchId = parseId(id);
        StoredForm f = review.recheck(caller.get(), batchId, parseId(formId), r);
        return SelfEvaluationJson.detail(f, SelfEvaluationJson.review(f, batches.batch(caller.get(), batchId).rules()));
    }

    @POST
    @Path("{id}/assignments/{assignmentId}/submit")
    public JsonObject submit(@PathParam("id") String id, @PathParam("assignmentId") String assignmentId) {
        return SelfEvaluationJson.assignment(review.submit(caller.get(), parseId(id), parseId(assignmentId)));
    }

    /** The bureau approves or returns an agency's review: {@code {approved, reason?}}. */
    @POST
    @Path("{id}/assignments/{assignmentId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject decide(@PathParam("id") String id, @PathParam("assignmentId") String assignmentId, String body) {
        SelfEvaluationJson.Decision d = SelfEvaluationJson.decision(JsonBodies.object(body));
        return SelfEvaluationJson.assignment(review.decide(caller.get(), parseId(id), parseId(assignmentId), d.approved(),
                d.reason()));
    }

    /** The department's answer to the review of one of its forms: {@code {answer}}. */
    @PUT
    @Path("{id}/forms/{formId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject answer(@PathParam("id") String id, @PathParam("formId") String formId, String body) {
        long batchId = parseId(id);
        StoredForm f = review.answer(caller.get(), batchId, parseId(formId), SelfEvaluationJson.answer(JsonBodies.object(body)));
        return SelfEvaluationJson.detail(f, SelfEvaluationJson.review(f, batches.batch(caller.get(), batchId).rules()));
    }

    @POST
    @Path("{id}/close")
    public JsonObject close(@PathParam("id") String id) {
        return SelfEvaluationJson.batch(review.close(caller.get(), parseId(id)));
    }

    /** Evidence for the rechecks (multipart, part {@code file}), uploaded by the reviewing agency. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") String id, List<EntityPart> parts) {
        EntityPart part = FileResource.filePart(parts);
        long batchId = parseId(id);
        ReviewFile f = review.upload(caller.get(), batchId, UploadNames.of(part), part.getContent());
        return Response.created(URI.create("self-evaluation/batches/" + batchId + "/files/" + f.id()))
                .entity(SelfEvaluationJson.file(f)).build();
    }

    @GET
    @Path("{id}/files")
    public JsonObject files(@PathParam("id") String id) {
        return SelfEvaluationJson.files(review.files(caller.get(), parseId(id)));
    }

    /** The bytes, as evidence files are served: PDFs and images inline, the rest as downloads. */
    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") String id, @PathParam("fileId") String fileId, @QueryParam("download") String download) {
        long batchId = parseId(id);
        ReviewFile f = review.file(caller.get(), batchId, parseId(fileId));
        boolean inline = f.type().inline() && !"true".equals(download);
        StreamingOutput body = out -> {
            try (InputStream in = review.content(f)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, f.type().mediaType()).header("Content-Disposition", ContentDispositions.of(inline, f.name()))
                .header("Content-Length", f.size()).header("Cache-Control", "private, no-cache").build();
    }

    /** A key evaluation proposed from a form ({@code ?formId=}) or a department ({@code ?department=}), for the commission form. */
    @GET
    @Path("{id}/commission-draft")
    public JsonObject commissionDraft(@PathParam("id") String id, @QueryParam("formId") String formId,
                                      @QueryParam("department") String department) {
        long batchId = parseId(id);
        if (formId != null && !formId.isBlank()) {
            return SelfEvaluationJson.draft(batches.draftOfForm(caller.get(), batchId, parseId(formId)));
        }
        if (department == null || department.isBlank()) {
            throw ValidationException.of("formId", "须给出 formId 或 department (a form or a department)");
        }
        return SelfEvaluationJson.draft(batches.draftOfDepartment(caller.get(), batchId, department.strip()));
    }

    /** The 复核底稿 (.xlsx), streamed as it is written. */
    @GET
    @Path("{id}/workpapers")
    @Produces(MediaType.WILDCARD)
    public Response workpapers(@PathParam("id") String id) {
        long batchId = parseId(id);
        var summary = outputs.summary(caller.get(), batchId); // 404 before anything is sent
        var who = caller.get();
        StreamingOutput body = out -> outputs.workpapers(who, batchId, out);
        return Response.ok(body, XLSX).header("Content-Disposition", ContentDispositions.of(false, summary.name() + "复核底稿.xlsx"))
                .build();
    }

    /** The 复核报告, {@code ?format=docx} (default) or {@code pdf}. */
    @GET
    @Path("{id}/report")
    @Produces(MediaType.WILDCARD)
    public Response report(@PathParam("id") String id, @QueryParam("format") String format) {
        boolean pdf = "pdf".equals(format);
        if (format != null && !pdf && !"docx".equals(format)) {
            throw ValidationException.of("format", "应为 docx 或 pdf");
        }
        long batchId = parseId(id);
        var summary = outputs.summary(caller.get(), batchId);
        byte[] bytes = outputs.report(caller.get(), batchId, pdf);
        return ReportResource.download(bytes, pdf ? ReportResource.PDF : ReportResource.DOCX,
                org.perfeval.report.ReviewReport.title(summary) + (pdf ? ".pdf" : ".docx"));
    }

    @GET
    @Path("{id}/dashboard")
    public JsonObject dashboard(@PathParam("id") String id) {
        return SelfEvaluationJson.dashboard(outputs.statistics(caller.get(), parseId(id)));
    }

    /** The forms' budget advice (结果应用), a page at a time in department order. */
    @GET
    @Path("{id}/budget-advice")
    public JsonObject budgetAdvice(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = ListParams.count(page, "page", 0, errors);
        int s = ListParams.count(size, "size", 50, errors);
        if (s == 0 || s > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "应为1至" + MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long batchId = parseId(id);
        var advice = outputs.advice(caller.get(), batchId, p, s);
        ReviewBatch batch = batches.batch(caller.get(), batchId);
        return SelfEvaluationJson.advice(advice, batch.processed() - batch.failed());
    }

    private static Boolean bool(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError(field, "应为 true 或 false"));
                yield null;
            }
        };
    }

    static long parseId(String id) {
        try {
            long n = Long.parseLong(id);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not a number: no such batch
        }
        throw new NotFoundException("自评复核批次或自评表 " + id + " 不存在");
    }
}
