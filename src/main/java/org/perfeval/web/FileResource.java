package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;
import org.perfeval.evidence.EvidenceFile;
import org.perfeval.workflow.EvidenceFiles;

/**
 * Evidence files by id (API.md): the bytes, streamed, for those who may see the evaluation;
 * replacement and deletion of a wrong upload while no submitted step cites it.
 */
@Path("files")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class FileResource {

    static final String PART = "file";

    @Inject
    CurrentCaller caller;

    @Inject
    EvidenceFiles files;

    /** The bytes: PDFs and images open in the browser, everything else downloads ({@code download=true} always). */
    @GET
    @Path("{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("fileId") String fileId, @QueryParam("download") String download) {
        EvidenceFile f = files.file(caller.get(), parseFileId(fileId));
        boolean inline = f.getType().inline() && !"true".equals(download);
        StreamingOutput body = out -> {
            try (InputStream in = files.content(f)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, f.getType().mediaType())
                .header("Content-Disposition", ContentDispositions.of(inline, f.getName()))
                .header("Content-Length", f.getSize())
                .header("ETag", "\"" + f.getSha256() + "\"")
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    /** A wrong upload replaced by the right one, under the same id, while no submitted step cites it. */
    @PUT
    @Path("{fileId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public JsonObject replace(@PathParam("fileId") String fileId, List<EntityPart> parts) {
        EntityPart part = filePart(parts);
        return EvidenceJson.file(files.replace(caller.get(), parseFileId(fileId), UploadNames.of(part),
                part.getContent()), caller.get().username());
    }

    @DELETE
    @Path("{fileId}")
    public Response delete(@PathParam("fileId") String fileId) {
        files.delete(caller.get(), parseFileId(fileId));
        return Response.noContent().build();
    }

    static EntityPart filePart(List<EntityPart> parts) {
        return parts.stream().filter(p -> PART.equals(p.getName())).findFirst().orElseThrow(() -> ValidationException.of(
                PART, "必填: multipart/form-data 中名为 file 的文件 (a part named \"file\" is required)"));
    }

    private static long parseFileId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("文件 " + id + " 不存在");
        }
    }
}
