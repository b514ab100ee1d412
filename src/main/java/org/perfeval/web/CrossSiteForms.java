package org.perfeval.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Set;

/**
 * A changing request that a page of another site could have sent: a plain HTML form (its body
 * url-encoded, multipart or text/plain) without the X-Requested-With header, which such a page
 * cannot add. Refused whatever the credentials, the UI's session, HTTP Basic or none (login CSRF).
 * API clients send JSON (or a spreadsheet's own type) and are unaffected.
 */
final class CrossSiteForms {

    static final String MESSAGE = "修改类请求须使用 Content-Type: application/json 或带 X-Requested-With 头"
            + " (changing requests need Content-Type: application/json or the X-Requested-With header)";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The types an HTML form can send across sites without a CORS preflight. */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private static final String MULTIPART = "multipart/form-data";
    private static final java.util.regex.Pattern FILE_UPLOAD = java.util.regex.Pattern.compile(
            "/?(evaluations/[^/]+/files|files/[^/]+|self-evaluation/batches/[^/]+/(forms|files))/?");

    private static final java.util.regex.Pattern FORMS_UPLOAD = java.util.regex.Pattern.compile(
            "/?self-evaluation/batches/[^/]+/forms/?");

    private CrossSiteForms() {
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    /** An evidence upload or replacement (API.md, Evidence files), or a file of self-evaluation forms. */
    static boolean isFileUpload(String path) {
        return FILE_UPLOAD.matcher(path).matches();
    }

    /** A file of self-evaluation forms (API.md, Self-evaluation review): its own, larger limit. */
    static boolean isFormsUpload(String path) {
        return FORMS_UPLOAD.matcher(path).matches();
    }

    static boolean isOne(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeaderString("X-Requested-With") != null) {
            return false;
        }
        String type = request.getHeaderString("Content-Type");
        if (type == null || type.isBlank()) {
            // a page of another site can send a body without a type (fetch with a Blob) and no preflight
            return hasBody(request);
        }
        String essence = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (MULTIPART.equals(essence) && request.getHeaderString("Authorization") != null
                && isFileUpload(request.getUriInfo().getPath())) {
            // an API client's evidence upload (curl -F): the app never challenges for Basic credentials, so a
            // browser holds none to attach to another site's form, and such a form cannot set the header itself
            return false;
        }
        return FORM_TYPES.contains(essence) || MediaType.WILDCARD.equals(essence);
    }
}
