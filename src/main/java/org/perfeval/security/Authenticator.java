package org.perfeval.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a user name and password against the stored hash. PBKDF2 is slow on purpose; a successful
 * check is remembered for a few minutes (keyed by a digest of password and stored hash, so a changed
 * password invalidates it) to keep HTTP Basic requests fast.
 */
@ApplicationScoped
public class Authenticator {

    private static final long REMEMBER_MILLIS = 5 * 60 * 1000L;
    /** A hash of nothing anyone knows, checked for unknown user names. */
    private static final String DECOY_HASH = PasswordHasher.hash(java.util.UUID.randomUUID().toString());

    @Inject
    Directory directory;

    private final Map<String, Long> recentlyVerified = new ConcurrentHashMap<>();

    public Optional<Caller> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserAccount> user = directory.user(username);
        if (user.isEmpty()) {
            // the same work as a wrong password, so that timing does not tell which user names exist
            PasswordHasher.verify(password, DECOY_HASH);
            return Optional.empty();
        }
        String key = digest(username + '\0' + password + '\0' + user.get().getPasswordHash());
        Long until = recentlyVerified.get(key);
        long now = System.currentTimeMillis();
        if (until == null || until < now) {
            if (!PasswordHasher.verify(password, user.get().getPasswordHash())) {
                return Optional.empty();
            }
            if (recentlyVerified.size() > 10_000) {
                recentlyVerified.values().removeIf(expiry -> expiry < now);
            }
            recentlyVerified.put(key, now + REMEMBER_MILLIS);
        }
        return Optional.of(user.get().asCaller());
    }

    /** The caller behind an already authenticated session. */
    public Optional<Caller> caller(String username) {
        return directory.user(username).map(UserAccount::asCaller);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
