package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;
import org.perfeval.security.Organisation;
import org.perfeval.security.UserAccount;
import org.perfeval.workflow.Administration;
import org.perfeval.workflow.AuditReading;

/** The administrator's API: the directory, accounts and the whole audit trail (API.md, Directory and accounts). */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;

    @Inject
    CurrentCaller caller;

    @Inject
    Administration administration;

    @Inject
    AuditReading audit;

    @Inject
    Clock clock;

    @GET
    @Path("organisations")
    public JsonObject organisations() {
        return DirectoryJson.organisations(administration.organisations(caller.get()),
                administration.conflicts(caller.get()));
    }

    @POST
    @Path("organisations")
    @Consumes(MediaType.WILDCARD)
    public Response addOrganisation(String body, @Context UriInfo uri) {
        Organisation o = administration.addOrganisation(caller.get(),
                DirectoryJson.organisation(JsonBodies.object(body), true));
        return Response.created(URI.create(uri.getBaseUri().getRawPath() + "admin/organisations/" + o.getId()))
                .entity(DirectoryJson.organisation(o)).build();
    }

    /** An .xlsx list (单位名称, 单位类型, 编码, 主管部门): all of it is added, or nothing, with each problem's cell named. */
    @POST
    @Path("organisations/import")
    @Consumes(MediaType.WILDCARD)
    public Response importOrganisations(java.io.InputStream body) {
        var added = administration.importOrganisations(caller.get(),
                org.perfeval.report.OrganisationList.read(TableResource.read(body)));
        var items = JSON.createArrayBuilder();
        added.forEach(o -> items.add(DirectoryJson.organisation(o)));
        return Response.status(Response.Status.CREATED)
                .entity(JSON.createObjectBuilder().add("items", items).add("total", added.size()).build()).build();
    }

    @PUT
    @Path("organisations/{id}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject editOrganisation(@PathParam("id") String id, String body) {
        return DirectoryJson.organisation(administration.editOrganisation(caller.get(), organisationId(id),
                DirectoryJson.organisation(JsonBodies.object(body), false)));
    }

    @POST
    @Path("organisations/{id}/deactivate")
    public JsonObject deactivate(@PathParam("id") String id) {
        return DirectoryJson.organisation(administration.setOrganisationActive(caller.get(), organisationId(id), false));
    }

    @POST
    @Path("organisations/{id}/activate")
    public JsonObject activate(@PathParam("id") String id) {
        return DirectoryJson.organisation(administration.setOrganisationActive(caller.get(), organisationId(id), true));
    }

    /** {@code {agencyId, departmentId, reason}}: the agency must not evaluate the department (回避). */
    @POST
    @Path("conflicts")
    @Consumes(MediaType.WILDCARD)
    public Response recordConflict(String body) {
        JsonObject o = JsonBodies.object(body);
        List<FieldError> errors = new ArrayList<>();
        Long agency = DirectoryJson.optionalId(o, "agencyId", errors);
        Long department = DirectoryJson.optionalId(o, "departmentId", errors);
        String reason = DirectoryJson.optionalText(o, "reason", 500, errors);
        if (agency == null && errors.stream().noneMatch(e -> e.path().equals("agencyId"))) {
            errors.add(new FieldError("agencyId", "必填 (required)"));
        }
        if (department == null && errors.stream().noneMatch(e -> e.path().equals("departmentId"))) {
            errors.add(new FieldError("departmentId", "必填 (required)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        administration.recordConflict(caller.get(), agency, department, reason);
        return Response.status(Response.Status.CREATED).entity(organisations()).build();
    }

    @GET
    @Path("users")
    public JsonObject users() {
        return DirectoryJson.users(administration.users(caller.get()));
    }

    @POST
    @Path("users")
    @Consumes(MediaType.WILDCARD)
    public Response createUser(String body, @Context UriInfo uri) {
        UserAccount u = administration.createUser(caller.get(), DirectoryJson.account(JsonBodies.object(body)));
        return Response.created(URI.create(uri.getBaseUri().getRawPath() + "admin/users/" + u.getUsername()))
                .entity(DirectoryJson.user(u)).build();
    }

    @POST
    @Path("users/{username}/disable")
    public JsonObject disable(@PathParam("username") String username) {
        return DirectoryJson.user(administration.setUserActive(caller.get(), username, false));
    }

    @POST
    @Path("users/{username}/enable")
    public JsonObject enable(@PathParam("username") String username) {
        return DirectoryJson.user(administration.setUserActive(caller.get(), username, true));
    }

    /**
     * Body optional: {@code {password}} sets that one; without it a one-time password is made and
     * returned once. Either way the user must change it at the next sign-in.
     */
    @POST
    @Path("users/{username}/reset-password")
    @Consumes(MediaType.WILDCARD)
    public JsonObject resetPassword(@PathParam("username") String username, String body) {
        String given = null;
        if (body != null && !body.isBlank()) {
            List<FieldError> errors = new ArrayList<>();
            given = DirectoryJson.password(JsonBodies.object(body), "password", errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
        String password = administration.resetPassword(caller.get(), username, given);
        var b = JSON.createObjectBuilder().add("username", username).add("mustChangePassword", true);
        if (given == null) {
            b.add("oneTimePassword", password);
        }
        return b.build();
    }

    @GET
    @Path("audit")
    public JsonObject audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                            @QueryParam("target") String target, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        return AuditJson.page(audit.all(caller.get(),
                AuditJson.query(actor, action, target, from, to, page, size, clock.getZone())));
    }

    /** The filtered trail as an Excel sheet (at most {@value AuditReading#EXPORT_CAP} entries). */
    @GET
    @Path("audit/export")
    @Produces(TableResource.XLSX)
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("target") String target, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        var entries = audit.export(caller.get(), AuditJson.query(actor, action, target, from, to, null, null, clock.getZone()));
        return ReportResource.download(org.perfeval.report.AuditWorkbook.export(entries, clock.getZone()), TableResource.XLSX,
                "审计记录.xlsx");
    }

    @GET
    @Path("audit/verify")
    public JsonObject verify() {
        return AuditJson.verification(audit.verify(caller.get()));
    }

    private static long organisationId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("单位 " + id + " 不存在 (no such organisation)");
        }
    }
}
