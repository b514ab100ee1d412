package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.perfeval.rectification.Notification;
import org.perfeval.workflow.NotificationInbox;

/** The caller's notifications (reminders, escalations, returned evidence, ...), newest first. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class NotificationResource {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;

    @Inject
    CurrentCaller caller;

    @Inject
    NotificationInbox notifications;

    @GET
    public JsonObject list() {
        var items = JSON.createArrayBuilder();
        notifications.of(caller.get()).forEach(n -> items.add(json(n)));
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Path("{id}/read")
    public JsonObject read(@PathParam("id") String id) {
        return json(notifications.markRead(EvaluationResource.parseId(id), caller.get())).build().asJsonObject();
    }

    private static JsonObjectBuilder json(Notification n) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", n.getId()).add("kind", n.getKind().name())
                .add("message", n.getMessage()).add("createdAt", n.getCreatedAt().toString())
                .add("read", n.getReadAt() != null);
        if (n.getEvaluationId() != null) {
            b.add("evaluationId", n.getEvaluationId());
        }
        if (n.getRectificationId() != null) {
            b.add("rectificationId", n.getRectificationId());
        }
        return b;
    }
}
