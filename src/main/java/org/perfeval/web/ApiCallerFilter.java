package org.perfeval.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.perfeval.security.Caller;

/**
 * Every API request but the sign-in itself needs the caller that {@link PerfevalAuthenticationMechanism}
 * established: otherwise 401 (or 429 while sign-in is throttled), both as JSON. The caller's role
 * becomes the request's security context, which the {@code @RolesAllowed} declarations on the
 * resources are checked against; an account reset by an administrator may only change its password.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiCallerFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller current;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (CrossSiteForms.isOne(request)) {
            request.abortWith(refusal(request, Response.Status.FORBIDDEN, "forbidden", CrossSiteForms.MESSAGE));
            return;
        }
        if (("session".equals(path) || "/session".equals(path)) && "POST".equals(request.getMethod())) {
            return; // the sign-in itself
        }
        if (servletRequest.getAttribute(PerfevalAuthenticationMechanism.REFUSAL) instanceof RuntimeException refused) {
            throw refused;
        }
        if (!(servletRequest.getAttribute(PerfevalAuthenticationMechanism.CALLER) instanceof Caller c)) {
            request.abortWith(refusal(request, Response.Status.UNAUTHORIZED, "unauthorized",
                    "请登录 (HTTP Basic authentication required)"));
            return;
        }
        if (!mayActBeforePasswordChange(path, request.getMethod()) && c.mustChangePassword()) {
            request.abortWith(refusal(request, Response.Status.FORBIDDEN, "password_change_required",
                    "管理员已重置您的密码，请先修改密码 (change your password first: POST /api/session/password)"));
            return;
        }
        current.set(c);
        boolean secure = request.getSecurityContext().isSecure();
        String scheme = request.getHeaderString("Authorization") != null ? SecurityContext.BASIC_AUTH : SecurityContext.FORM_AUTH;
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return c::username;
            }

            @Override
            public boolean isUserInRole(String role) {
                return c.role().name().equals(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return scheme;
            }
        });
    }

    private static Response refusal(ContainerRequestContext request, Response.Status status, String code, String message) {
        return Response.status(status).type(ErrorBodies.JSON)
                .entity(ErrorBodies.body(code, message, null, ErrorMessages.preferred(request.getAcceptableLanguages())))
                .build();
    }

    /** After an administrator's reset, a user may only see who they are, sign out and change the password. */
    private static boolean mayActBeforePasswordChange(String path, String method) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("session") && !"POST".equals(method) || p.equals("session/password") && "POST".equals(method);
    }
}
