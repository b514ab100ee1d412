package org.perfeval.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.perfeval.security.Caller;
import org.perfeval.security.TooManySignInAttemptsException;
import org.perfeval.workflow.SignIn;

/**
 * Jakarta Security's authentication of API requests: HTTP Basic credentials checked by the
 * identity store (throttled), or the UI's signed-in session. It only establishes who calls; what
 * an unauthenticated or throttled request is answered is the API's business ({@link ApiCallerFilter}),
 * so that every refusal has the same JSON shape. Never a Basic challenge: a browser would ask for
 * the password and then send it along with requests other sites' pages make (CSRF).
 */
@ApplicationScoped
public class PerfevalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute: the authenticated {@link Caller}. */
    static final String CALLER = "perfeval.caller";
    /** Request attribute: why a sign-in was refused before its password was even checked (throttling). */
    static final String REFUSAL = "perfeval.signInRefused";
    static final String SESSION_ATTRIBUTE = "perfeval.username";

    @Inject
    SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return context.doNothing(); // pages, scripts and styles are public
        }
        Optional<Caller> caller;
        try {
            String header = request.getHeader("Authorization");
            caller = header != null
                    ? credentials(header).flatMap(c -> signIn.withPassword(c[0], c[1], request.getRemoteAddr()))
                    : sessionCaller(request);
        } catch (TooManySignInAttemptsException e) {
            request.setAttribute(REFUSAL, e);
            return context.doNothing();
        }
        if (caller.isEmpty()) {
            return context.doNothing();
        }
        request.setAttribute(CALLER, caller.get());
        return context.notifyContainerAboutLogin(caller.get().username(), Set.of(caller.get().role().name()));
    }

    /**
     * The user of the UI's session. Changing requests must carry the X-Requested-With header, which
     * a page of another site cannot add without CORS: a simple defence against cross-site requests.
     */
    private Optional<Caller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (!(username instanceof String name)) {
            return Optional.empty();
        }
        boolean safe = Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
        if (!safe && request.getHeader("X-Requested-With") == null) {
            return Optional.empty();
        }
        return signIn.ofSession(name, request.getRemoteAddr());
    }

    private static Optional<String[]> credentials(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
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
