package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.perfeval.security.Authenticator;
import org.perfeval.security.Caller;

/** Who is calling: a user name and password (HTTP Basic, the sign-in form), or a signed-in session's user. */
@ApplicationScoped
public class SignIn {

    @Inject
    Authenticator authenticator;

    @Transactional
    public Optional<Caller> withPassword(String username, String password) {
        return authenticator.authenticate(username, password);
    }

    @Transactional
    public Optional<Caller> ofSession(String username) {
        return authenticator.caller(username);
    }
}
