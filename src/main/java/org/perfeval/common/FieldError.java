package org.perfeval.common;

/** One bad field of a request, named by its JSON path (e.g. {@code indicators[3].weight}). */
public record FieldError(String path, String message) {
}
