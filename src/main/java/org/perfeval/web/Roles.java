package org.perfeval.web;

/**
 * The role names the resources declare in {@code @RolesAllowed}: the caller's group, which is their
 * {@link org.perfeval.security.Role}. Which evaluation a role may touch is the application services'
 * access policy; these declarations keep whole endpoints away from roles that have no business there.
 */
final class Roles {

    static final String BUREAU = "BUREAU";
    static final String EVALUATOR = "EVALUATOR";
    static final String DEPARTMENT = "DEPARTMENT";
    static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
