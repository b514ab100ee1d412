package org.perfeval.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.json.JsonString;
import org.perfeval.common.ValidationException;
import org.perfeval.workflow.SignIn;
import org.perfeval.security.Caller;

/**
 * Form login for the web UI: the same users as HTTP Basic, remembered in the servlet session.
 * {@code POST /api/session} logs in, {@code GET} tells who is logged in, {@code DELETE} logs out.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class SessionResource {

    static final String ATTRIBUTE = PerfevalAuthenticationMechanism.SESSION_ATTRIBUTE;
    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;

    @Inject
    SignIn authenticator;

    @Inject
    CurrentCaller caller;

    @Inject
    org.perfeval.workflow.Administration administration;

    @Context
    HttpServletRequest request;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    public Response login(String body) {
        JsonObject credentials = JsonBodies.object(body);
        String username = credentials.get("username") instanceof JsonString u ? u.getString().strip() : "";
        String password = credentials.get("password") instanceof JsonString p ? p.getString() : "";
        if (username.isEmpty() || password.isEmpty()) {
            throw new ValidationException(java.util.stream.Stream.of("username", "password")
                    .filter(f -> f.equals("username") ? username.isEmpty() : password.isEmpty())
                    .map(f -> new org.perfeval.common.FieldError(f, "必填 (required)")).toList());
        }
        Caller c = authenticator.withPassword(username, password, request.getRemoteAddr()).orElse(null);
        if (c == null) {
            return Response.status(401).type(ErrorBodies.JSON)
                    .entity(ErrorBodies.body("unauthorized", "用户名或密码错误 (wrong user name or password)", null,
                            ErrorMessages.preferred(headers.getAcceptableLanguages()))).build();
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate(); // a new session id at login
        }
        request.getSession(true).setAttribute(ATTRIBUTE, c.username());
        return Response.ok(JSON.createObjectBuilder(json(c))
                .add("mustChangePassword", c.mustChangePassword()).build()).build();
    }

    @GET
    public JsonObject current() {
        return JSON.createObjectBuilder(json(caller.get()))
                .add("mustChangePassword", caller.get().mustChangePassword()).build();
    }

    /** {@code {currentPassword, newPassword}}: the user's own change, required after an administrator's reset. */
    @POST
    @Path("password")
    @Consumes(MediaType.WILDCARD)
    public Response changePassword(String body) {
        JsonObject o = JsonBodies.object(body);
        java.util.List<org.perfeval.common.FieldError> errors = new java.util.ArrayList<>();
        String current = DirectoryJson.password(o, "currentPassword", errors);
        String chosen = DirectoryJson.password(o, "newPassword", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        administration.changeOwnPassword(caller.get(), current, chosen);
        return Response.noContent().build();
    }

    @DELETE
    public Response logout() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    static JsonObject json(Caller c) {
        return JSON.createObjectBuilder().add("username", c.username()).add("displayName", c.displayName())
                .add("role", c.role().name()).add("organisationId", c.organisationId())
                .add("organisation", c.organisationName()).build();
    }
}
