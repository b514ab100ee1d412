package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.perfeval.security.Authenticator;
import org.perfeval.security.Caller;
import org.perfeval.security.SignInThrottle;

/** Who is calling: a user name and password (HTTP Basic, the sign-in form), or a signed-in session's user. */
@ApplicationScoped
public class SignIn {

    @Inject
    Authenticator authenticator;

    @Inject
    SignInThrottle throttle;

    /** The caller with this password, empty when wrong; refused (429) after too many failures for the account or the address. */
    @Transactional
    public Optional<Caller> withPassword(String username, String password, String address) {
        throttle.check(username, address);
        Optional<Caller> caller = authenticator.authenticate(username, password);
        if (caller.isPresent()) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username, address);
        }
        return caller;
    }

    @Transactional
    public Optional<Caller> ofSession(String username) {
        return authenticator.caller(username);
    }
}
