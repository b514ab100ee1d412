package org.perfeval.common;

/** Unknown, or not visible to the caller (HTTP 404): callers cannot probe for what they may not see. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
