package org.perfeval.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after too many failed sign-ins within a window, for one account or from
 * one address, further attempts are refused (429) until the oldest failure leaves the window; the
 * right password too, so that guessing cannot go on. Kept in memory, per node.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    Clock clock;

    /** Failed sign-ins of one account within the window before it is refused. */
    @Inject
    @ConfigProperty(name = "PERFEVAL_SIGNIN_MAX_FAILURES_PER_ACCOUNT", defaultValue = "10")
    int perAccount;

    /** … and from one address, across accounts. */
    @Inject
    @ConfigProperty(name = "PERFEVAL_SIGNIN_MAX_FAILURES_PER_ADDRESS", defaultValue = "100")
    int perAddress;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** Throws when this account or address has failed too often lately. */
    public void check(String username, String address) {
        Instant now = Instant.now(clock);
        long wait = Math.max(waitFor("user:" + username.toLowerCase(java.util.Locale.ROOT), perAccount, now),
                waitFor("addr:" + address, perAddress, now));
        if (wait > 0) {
            throw new TooManySignInAttemptsException(wait);
        }
    }

    public void failed(String username, String address) {
        Instant now = Instant.now(clock);
        add("user:" + username.toLowerCase(java.util.Locale.ROOT), now);
        add("addr:" + address, now);
        if (failures.size() > 50_000) {
            failures.entrySet().removeIf(e -> recent(e.getValue(), now).isEmpty());
        }
    }

    /** A success clears the account's count (an address's stays: it may be guessing other accounts). */
    public void succeeded(String username) {
        failures.remove("user:" + username.toLowerCase(java.util.Locale.ROOT));
    }

    private void add(String key, Instant at) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            recent(times, at);
            times.addLast(at);
        }
    }

    /** Seconds until this key may try again; 0 when it may now. */
    private long waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            recent(times, now);
            if (times.size() < limit) {
                return 0;
            }
            return Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    private static Deque<Instant> recent(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.pollFirst();
        }
        return times;
    }
}
