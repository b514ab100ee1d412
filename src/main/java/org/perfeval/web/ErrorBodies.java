package org.perfeval.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.perfeval.common.FieldError;

/** The error body of API.md: {@code {"error", "message", "details": [{"path", "message"}]}}. */
final class ErrorBodies {

    private static final jakarta.json.JsonBuilderFactory BUILDERS = org.perfeval.json.Json.BUILDERS;

    static final MediaType JSON = MediaType.valueOf("application/json;charset=UTF-8");

    private ErrorBodies() {
    }

    /** The body with its messages in the caller's language ({@link ErrorMessages}). */
    static JsonObject body(String error, String message, List<FieldError> details, Locale locale) {
        JsonArrayBuilder d = BUILDERS.createArrayBuilder();
        if (details != null) {
            details.forEach(f -> d.add(BUILDERS.createObjectBuilder().add("path", f.path())
                    .add("message", ErrorMessages.in(locale, f.message()))));
        }
        return BUILDERS.createObjectBuilder().add("error", error)
                .add("message", message == null ? error : ErrorMessages.in(locale, message))
                .add("details", d).build();
    }
}
