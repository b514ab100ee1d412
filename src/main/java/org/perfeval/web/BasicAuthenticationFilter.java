package org.perfeval.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import org.perfeval.workflow.SignIn;
import org.perfeval.security.Caller;

/** HTTP Basic authentication of every API request against the users stored in the database. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    SignIn authenticator;

    @Inject
    CurrentCaller current;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (CrossSiteForms.isOne(request)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(ErrorBodies.JSON)
                    .entity(ErrorBodies.body("forbidden", CrossSiteForms.MESSAGE, null,
                            ErrorMessages.preferred(request.getAcceptableLanguages())))
                    .build());
            return;
        }
        if (("session".equals(path) || "/session".equals(path)) && "POST".equals(request.getMethod())) {
            return; // the login itself
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<Caller> caller = header != null
                ? credentials(header).flatMap(c -> authenticator.withPassword(c[0], c[1], servletRequest.getRemoteAddr()))
                : sessionCaller(request);
        if (caller.isEmpty()) {
            // never a Basic challenge: a browser would ask for the password and then send it along with
            // requests that other sites' pages make (CSRF); API clients send their credentials unasked
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .type(ErrorBodies.JSON)
                    .entity(ErrorBodies.body("unauthorized", "请登录 (HTTP Basic authentication required)", null,
                            ErrorMessages.preferred(request.getAcceptableLanguages())))
                    .build());
            return;
        }
        Caller c = caller.get();
        current.set(c);
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return c::username;
            }

            @Override
            public boolean isUserInRole(String role) {
                return c.role().name().equalsIgnoreCase(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        });
    }

    /**
     * The user of the UI's session. Changing requests must carry the X-Requested-With header, which
     * a page of another site cannot add without CORS: a simple defence against cross-site requests.
     */
    private Optional<Caller> sessionCaller(ContainerRequestContext request) {
        HttpSession session = servletRequest.getSession(false);
        Object username = session == null ? null : session.getAttribute(SessionResource.ATTRIBUTE);
        if (!(username instanceof String name)) {
            return Optional.empty();
        }
        boolean safe = List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
        if (!safe && request.getHeaderString("X-Requested-With") == null) {
            return Optional.empty();
        }
        return authenticator.ofSession(name);
    }

    private static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
