package org.perfeval.evaluation;

/**
 * One page of the evaluation list, newest first, every filter optional.
 *
 * @param organisationId an organisation taking part in any role (the evaluated unit, the agency or the bureau)
 * @param page from 0
 */
public record EvaluationListQuery(EvaluationStatus status, Integer year, Long organisationId, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** Deeper than this a filter serves better than paging (and page × size stays an int). */
    public static final long MAX_OFFSET = 10_000_000L;

    public EvaluationListQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static EvaluationListQuery firstPage() {
        return new EvaluationListQuery(null, null, null, 0, DEFAULT_SIZE);
    }

    public int offset() {
        return page * size;
    }

    /** A page of the list and how many evaluations match the filter in all. */
    public record Page(java.util.List<EvaluationLine> items, long total) {
    }
}
