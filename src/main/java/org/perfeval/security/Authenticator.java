package org.perfeval.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a user name and password against the stored hash, made by Jakarta Security's
 * {@link Pbkdf2PasswordHash} (PBKDF2-HMAC-SHA256, salted). Hashes of the earlier
 * {@code pbkdf2-sha256$…} format still verify. PBKDF2 is slow on purpose; a successful check is
 * remembered for a few minutes (keyed by a digest of password and stored hash, so a changed
 * password invalidates it) to keep HTTP Basic requests fast.
 */
@ApplicationScoped
public class Authenticator {

    private static final long REMEMBER_MILLIS = 5 * 60 * 1000L;
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Directory directory;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of nothing anyone knows, checked for unknown user names. */
    private String decoyHash;

    private final Map<String, Long> recentlyVerified = new ConcurrentHashMap<>();

    @PostConstruct
    void configure() {
        pbkdf2.initialize(HASH_PARAMETERS);
        decoyHash = hash(UUID.randomUUID().toString());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        if (stored != null && stored.startsWith("pbkdf2-sha256$")) {
            return PasswordHasher.verify(password, stored);
        }
        try {
            return stored != null && pbkdf2.verify(password.toCharArray(), stored);
        } catch (RuntimeException unreadableHash) {
            return false;
        }
    }

    /** The account, when the password is right and it may sign in ({@link UserAccount#maySignIn}). */
    public Optional<UserAccount> authenticate(String username, String password, boolean demoMode) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserAccount> user = directory.user(username).filter(u -> u.maySignIn(demoMode));
        if (user.isEmpty()) {
            // the same work as a wrong password, so that timing does not tell which user names exist
            matches(password, decoyHash);
            return Optional.empty();
        }
        String key = digest(username + '\0' + password + '\0' + user.get().getPasswordHash());
        Long until = recentlyVerified.get(key);
        long now = System.currentTimeMillis();
        if (until == null || until < now) {
            if (!matches(password, user.get().getPasswordHash())) {
                return Optional.empty();
            }
            if (recentlyVerified.size() > 10_000) {
                recentlyVerified.values().removeIf(expiry -> expiry < now);
            }
            recentlyVerified.put(key, now + REMEMBER_MILLIS);
        }
        return user;
    }

    /** The caller behind an already authenticated session, while the account may still sign in. */
    public Optional<Caller> caller(String username, boolean demoMode) {
        return directory.user(username).filter(u -> u.maySignIn(demoMode)).map(UserAccount::asCaller);
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
