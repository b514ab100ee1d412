package org.perfeval.security;

import java.util.List;

/**
 * The authenticated user of one request, read from their account for this request.
 *
 * @param address where the request came from (recorded in the audit trail); null for the process itself
 * @param mustChangePassword an administrator reset the password: nothing but changing it is allowed yet
 */
public record Caller(String username, String displayName, Role role, long organisationId, String organisationName,
                     String address, boolean mustChangePassword) {

    /** Flowable candidate groups this caller belongs to. */
    public List<String> groups() {
        return List.of(role.groupOf(organisationId));
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** The same caller, acting from this address. */
    public Caller from(String remoteAddress) {
        return new Caller(username, displayName, role, organisationId, organisationName, remoteAddress, mustChangePassword);
    }
}
