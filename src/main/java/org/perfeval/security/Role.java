package org.perfeval.security;

/** What a user does in PerfEval; together with the organisation it decides which tasks reach them. */
public enum Role {
    BUREAU, EVALUATOR, DEPARTMENT, ADMIN;

    /** The candidate group of Flowable user tasks for this role in one organisation, e.g. {@code evaluator:2}. */
    public String groupOf(long organisationId) {
        return name().toLowerCase(java.util.Locale.ROOT) + ":" + organisationId;
    }

    /** Evaluators work for agencies, department users for departments; bureau users and administrators for a bureau. */
    public boolean belongsTo(OrganisationType type) {
        return switch (this) {
            case EVALUATOR -> type == OrganisationType.AGENCY;
            case DEPARTMENT -> type == OrganisationType.DEPARTMENT;
            case BUREAU, ADMIN -> type == OrganisationType.BUREAU;
        };
    }
}
