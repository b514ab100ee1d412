package org.perfeval.selfevaluation;

/**
 * Whose batches a list holds: a bureau's own, those an agency reviews in, those whose results a
 * department has to answer (its organisation's name is the forms' 主管部门), or all (administrators).
 */
public record BatchScope(Kind kind, long organisationId, String organisationName) {

    public enum Kind { BUREAU, AGENCY, DEPARTMENT, ALL }
}
