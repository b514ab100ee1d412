package org.perfeval.common;

import java.util.List;

/** A request whose content cannot be accepted; lists every bad field at once (HTTP 422). */
public class ValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid" : errors.get(0).path() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String path, String message) {
        return new ValidationException(List.of(new FieldError(path, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
