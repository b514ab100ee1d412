package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.perfeval.platform.Deployment;
import org.perfeval.security.Authenticator;

/**
 * Jakarta Security's view of PerfEval's accounts: a user name and password are valid when the
 * account may sign in and the password matches its PBKDF2 hash; the caller's group is their role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Inject
    Deployment deployment;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return authenticator.authenticate(credential.getCaller(), credential.getPasswordAsString(), deployment.demoMode())
                .map(u -> new CredentialValidationResult(u.getUsername(), Set.of(u.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
