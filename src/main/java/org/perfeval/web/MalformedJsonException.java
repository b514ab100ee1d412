package org.perfeval.web;

/** A request body that is not a JSON object (HTTP 400). */
class MalformedJsonException extends RuntimeException {
    MalformedJsonException(String message) {
        super(message);
    }
}
