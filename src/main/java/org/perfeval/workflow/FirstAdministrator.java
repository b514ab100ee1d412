package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditTrail;
import org.perfeval.security.Directory;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;
import org.perfeval.security.Administrators;
import org.perfeval.security.Authenticator;
import org.perfeval.security.PasswordPolicy;
import org.perfeval.security.Role;
import org.perfeval.security.UserAccount;

/**
 * Outside demo mode, a start without any administrator who can sign in (the first start of an
 * empty database, or one whose only administrators are demo accounts) creates the bureau and an administrator:
 * the password comes from {@code PERFEVAL_ADMIN_PASSWORD}, or a one-time password is printed to
 * the log and must be changed at the first sign-in. Demo accounts left in the database are
 * reported: they cannot sign in outside demo mode.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final String USERNAME = "admin";

    @Inject
    Directory directory;

    @Inject
    Authenticator authenticator;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "PERFEVAL_ADMIN_PASSWORD")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "PERFEVAL_BUREAU_NAME", defaultValue = "财政局")
    String bureauName;

    /** Transactional here: the observer is called through the bean's proxy, a method it calls itself would not be. */
    @Transactional
    void onStart(@Observes EngineStarted started) {
        if (!started.demoMode()) {
            createIfEmpty();
        }
    }

    private void createIfEmpty() {
        java.util.List<UserAccount> users = directory.users();
        long demoAccounts = users.stream().filter(UserAccount::isDemo).count();
        if (demoAccounts > 0) {
            LOG.warning(() -> demoAccounts + " demo accounts are in this database; outside demo mode they cannot sign in");
        }
        if (users.stream().anyMatch(Administrators::canAdminister)) {
            return;
        }
        Organisation bureau = directory.organisationNamed(bureauName).orElse(null);
        if (bureau == null) {
            bureau = directory.addOrganisation(new Organisation(bureauName, OrganisationType.BUREAU));
            audit.record(new AuditEvent("system", null, "organisation.add", "organisation:" + bureau.getId(), null,
                    AuditState.NONE, new AuditState(java.util.Map.of("name", bureauName, "type", "BUREAU"))));
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean oneTime = password == null;
        if (oneTime) {
            password = org.perfeval.security.AccountAdministration.oneTimePassword();
        } else if (PasswordPolicy.problem(USERNAME, password) != null) {
            throw new IllegalStateException("PERFEVAL_ADMIN_PASSWORD is too weak: " + PasswordPolicy.problem(USERNAME, password));
        }
        // no administrator can sign in: a new one (a demo or disabled "admin" row keeps its name)
        String username = directory.user(USERNAME).isPresent() ? "administrator" + (users.size() + 1) : USERNAME;
        UserAccount admin = new UserAccount(username, "系统管理员", authenticator.hash(password), Role.ADMIN, bureau);
        if (oneTime) {
            admin.mustChangePasswordAtNextSignIn();
        }
        directory.addUser(admin);
        audit.record(new AuditEvent("system", null, "user.add", "user:" + username, null, AuditState.NONE,
                AuditState.of("role", Role.ADMIN)));
        String shown = password;
        if (oneTime) {
            LOG.warning(() -> "First start: administrator '" + username + "' created in " + bureauName
                    + " with the one-time password " + shown + " (to be changed at the first sign-in)");
        } else {
            LOG.info(() -> "First start: administrator '" + username + "' created in " + bureauName
                    + " with the password of PERFEVAL_ADMIN_PASSWORD");
        }
    }
}
