package org.perfeval.common;

/** Content larger than a configured limit allows (HTTP 413): a file, or an evaluation's files together. */
public class LimitExceededException extends RuntimeException {

    public LimitExceededException(String message) {
        super(message);
    }
}
