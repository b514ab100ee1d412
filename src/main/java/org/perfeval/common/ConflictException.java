package org.perfeval.common;

/** The request conflicts with the current state: task already done or claimed by another, stale version (HTTP 409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
