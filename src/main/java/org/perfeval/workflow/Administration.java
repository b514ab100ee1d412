package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.perfeval.security.AccountAdministration;
import org.perfeval.security.AccountDraft;
import org.perfeval.security.Caller;
import org.perfeval.security.Directory;
import org.perfeval.security.DirectoryAdministration;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationDraft;
import org.perfeval.security.UserAccount;

/** The administrator's use cases on the directory and the accounts, one transaction each. */
@ApplicationScoped
public class Administration {

    @Inject
    DirectoryAdministration directory;

    @Inject
    AccountAdministration accounts;

    @Transactional
    public List<Organisation> organisations(Caller caller) {
        return directory.organisations(caller);
    }

    @Transactional
    public List<Organisation> activeOrganisations(Caller caller) {
        return directory.active(caller);
    }

    @Transactional
    public Organisation addOrganisation(Caller caller, OrganisationDraft draft) {
        return directory.add(caller, draft);
    }

    /** Adds a whole list (an Excel import) in one transaction: all of it, or on any problem nothing. */
    @Transactional
    public List<Organisation> importOrganisations(Caller caller, List<org.perfeval.security.ListedOrganisation> rows) {
        return directory.importList(caller, rows);
    }

    @Transactional
    public Organisation editOrganisation(Caller caller, long id, OrganisationDraft draft) {
        return directory.edit(caller, id, draft);
    }

    @Transactional
    public Organisation setOrganisationActive(Caller caller, long id, boolean active) {
        return directory.setActive(caller, id, active);
    }

    @Transactional
    public List<Directory.Conflict> conflicts(Caller caller) {
        return directory.conflicts(caller);
    }

    @Transactional
    public void recordConflict(Caller caller, long agencyId, long departmentId, String reason) {
        directory.recordConflict(caller, agencyId, departmentId, reason);
    }

    @Transactional
    public List<UserAccount> users(Caller caller) {
        return accounts.users(caller);
    }

    @Transactional
    public UserAccount createUser(Caller caller, AccountDraft draft) {
        return accounts.create(caller, draft);
    }

    @Transactional
    public UserAccount setUserActive(Caller caller, String username, boolean active) {
        return accounts.setActive(caller, username, active);
    }

    @Transactional
    public String resetPassword(Caller caller, String username, String password) {
        return accounts.resetPassword(caller, username, password);
    }

    @Transactional
    public void changeOwnPassword(Caller caller, String current, String chosen) {
        accounts.changeOwnPassword(caller, current, chosen);
    }
}
