package org.perfeval.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep the pages and the API in their own lane: a Content-Security-Policy without
 * inline script (the UI's scripts are files of this origin), no MIME sniffing, no framing by other
 * sites, no full URLs in the Referer. The session cookie's SameSite=Lax is set in payara-web.xml.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** An evidence file runs nothing and may be shown in a frame of our own pages only (the preview). */
    /** A file of a self-evaluation review's evidence, served like the evaluations' files. */
    private static final java.util.regex.Pattern REVIEW_FILE = java.util.regex.Pattern.compile(
            "/api/self-evaluation/batches/[^/]+/files/[^/]+$");
    static final String FILE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
            + "object-src 'self'; frame-ancestors 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        boolean file = uri.startsWith(request.getContextPath() + "/api/files/") || REVIEW_FILE.matcher(uri).find();
        response.setHeader("Content-Security-Policy", file ? FILE_POLICY : POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", file ? "SAMEORIGIN" : "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
