package org.perfeval.selfevaluation;

/** An evaluation agency (第三方机构) of the directory, as the dispatch sees it. */
public record Agency(long id, String name) {
}
