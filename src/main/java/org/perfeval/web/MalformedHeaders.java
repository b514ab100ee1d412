package org.perfeval.web;

import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.perfeval.common.FieldError;

/**
 * A request whose Accept, Accept-Language or Content-Type cannot be parsed is answered 400 with the
 * error body naming the header, before anything reads it: Jersey's own answer was an HTML page
 * (Accept, Content-Type) or, where our code read the header (the language of an error message, the
 * labels), a 500. Content-Type is checked before the request reaches Jersey at all ({@link ContentType}),
 * since Jersey's servlet reads it first.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class MalformedHeaders implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String header = unreadable(request);
        if (header != null) {
            RequestSizeLimits.drain(request.getEntityStream()); // so that the client reads the answer, not a reset
            request.abortWith(Response.status(Response.Status.BAD_REQUEST).type(ErrorBodies.JSON)
                    .entity(body(header)).build());
        }
    }

    static JsonObject body(String header) {
        return ErrorBodies.body("malformed", "请求头 " + header + " 格式错误 (malformed " + header + " header)",
                List.of(new FieldError(header, "格式错误 (malformed)")), Locale.CHINESE);
    }

    /** The first header that does not parse, or null. */
    private static String unreadable(ContainerRequestContext request) {
        try {
            request.getAcceptableMediaTypes();
        } catch (RuntimeException e) {
            return HttpHeaders.ACCEPT;
        }
        try {
            request.getAcceptableLanguages();
        } catch (RuntimeException e) {
            return HttpHeaders.ACCEPT_LANGUAGE;
        }
        try {
            request.getMediaType();
        } catch (RuntimeException e) {
            return HttpHeaders.CONTENT_TYPE;
        }
        return null;
    }

    /** The API's Content-Type, parsed as Jersey will parse it, before Jersey's servlet answers an unparsable one with an HTML page. */
    @WebFilter("/api/*")
    public static class ContentType extends HttpFilter {

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            if (type != null) {
                try {
                    RuntimeDelegate.getInstance().createHeaderDelegate(MediaType.class).fromString(type);
                } catch (RuntimeException e) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.setContentType(ErrorBodies.JSON.toString());
                    response.getOutputStream().write(body(HttpHeaders.CONTENT_TYPE).toString().getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
