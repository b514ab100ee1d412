package org.perfeval.report;

/** An uploaded file that is not what it claims to be (not an xlsx workbook, too large): HTTP 400. */
public class UnreadableFileException extends RuntimeException {
    public UnreadableFileException(String message) {
        super(message);
    }
}
