package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.perfeval.platform.Deployment;
import org.perfeval.security.Authenticator;
import org.perfeval.security.Caller;
import org.perfeval.security.SignInThrottle;

/**
 * Who is calling: a user name and password (HTTP Basic, the sign-in form) checked by the identity
 * stores, throttled per account and per address; or a signed-in session's user.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Authenticator authenticator;

    @Inject
    SignInThrottle throttle;

    @Inject
    Deployment deployment;

    /** The caller with this password, empty when wrong; refused (429) after too many failures for the account or the address. */
    @Transactional
    public Optional<Caller> withPassword(String username, String password, String address) {
        throttle.check(username, address);
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        Optional<Caller> caller = result.getStatus() == CredentialValidationResult.Status.VALID
                ? authenticator.caller(result.getCallerPrincipal().getName(), deployment.demoMode()).map(c -> c.from(address))
                : Optional.empty();
        if (caller.isPresent()) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username, address);
        }
        return caller;
    }

    @Transactional
    public Optional<Caller> ofSession(String username, String address) {
        return authenticator.caller(username, deployment.demoMode()).map(c -> c.from(address));
    }
}
