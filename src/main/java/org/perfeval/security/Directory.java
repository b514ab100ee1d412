package org.perfeval.security;

import java.util.List;
import java.util.Optional;

/** Organisations, users and recorded conflicts of interest. */
public interface Directory {

    Optional<UserAccount> user(String username);

    Optional<Organisation> organisation(long id);

    /** The organisation with this name, active or not (names are unique). */
    Optional<Organisation> organisationNamed(String name);

    List<Organisation> organisations();

    /** Organisations carrying this code (a code names one organisation). */
    List<Organisation> organisationsWithCode(String code);

    Organisation addOrganisation(Organisation organisation);

    UserAccount addUser(UserAccount user);

    List<UserAccount> users();

    List<UserAccount> usersIn(long organisationId);

    /** The active administrators, locked until the transaction ends, so that two disables cannot both pass the last-admin check. */
    List<UserAccount> lockActiveAdmins();

    boolean conflicted(long agencyId, long departmentId);

    void recordConflict(long agencyId, long departmentId, String reason);

    List<Conflict> conflicts();

    boolean isEmpty();

    /** A recorded conflict of interest (回避关系) between an agency and a department. */
    record Conflict(long agencyId, String agency, long departmentId, String department, String reason) {
    }
}
