package org.perfeval.security;

import java.util.List;
import java.util.Optional;

/** Organisations, users and recorded conflicts of interest. */
public interface Directory {

    Optional<UserAccount> user(String username);

    Optional<Organisation> organisation(long id);

    Optional<Organisation> organisationNamed(String name);

    Organisation addOrganisation(Organisation organisation);

    UserAccount addUser(UserAccount user);

    List<UserAccount> usersIn(long organisationId);

    boolean conflicted(long agencyId, long departmentId);

    void recordConflict(long agencyId, long departmentId, String reason);

    boolean isEmpty();
}
