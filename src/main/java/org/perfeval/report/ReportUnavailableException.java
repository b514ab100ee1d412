package org.perfeval.report;

/** A report cannot be produced on this server (e.g. no CJK font installed for PDF). */
public class ReportUnavailableException extends RuntimeException {
    public ReportUnavailableException(String message) {
        super(message);
    }
}
