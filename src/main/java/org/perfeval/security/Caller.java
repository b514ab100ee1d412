package org.perfeval.security;

import java.util.List;

/** The authenticated user of one request. */
public record Caller(String username, String displayName, Role role, long organisationId, String organisationName) {

    /** Flowable candidate groups this caller belongs to. */
    public List<String> groups() {
        return List.of(role.groupOf(organisationId));
    }

    public boolean is(Role r) {
        return role == r;
    }
}
