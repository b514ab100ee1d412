package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.perfeval.evidence.EvidenceFile;
import org.perfeval.workflow.EvidenceFiles;

/** An evaluation's evidence files (API.md): multipart upload and the list. */
@Path("evaluations/{id}/files")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class EvaluationFilesResource {

    @Inject
    CurrentCaller caller;

    @Inject
    EvidenceFiles files;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") String id, List<EntityPart> parts, @Context UriInfo uri) {
        EntityPart part = FileResource.filePart(parts);
        EvidenceFile f = files.upload(caller.get(), EvaluationResource.parseId(id), UploadNames.of(part),
                part.getContent());
        // a path, not a URL: the Host header is the client's to choose
        return Response.created(URI.create(uri.getBaseUri().getRawPath() + "files/" + f.getId()))
                .entity(EvidenceJson.file(f, caller.get().username())).build();
    }

    @GET
    public JsonObject list(@PathParam("id") String id) {
        return EvidenceJson.list(files.of(caller.get(), EvaluationResource.parseId(id)), caller.get().username());
    }
}
