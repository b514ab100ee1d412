package org.perfeval.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failures count per account and per address within a window; the refusal lasts until the oldest leaves it. */
class SignInThrottleTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2027-01-05T02:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static SignInThrottle throttle(MovableClock clock, int perAccount, int perAddress) {
        SignInThrottle t = new SignInThrottle();
        t.clock = clock;
        t.perAccount = perAccount;
        t.perAddress = perAddress;
        return t;
    }

    @Test
    void anAccountIsRefusedUntilItsOldestFailureLeavesTheWindow() {
        MovableClock clock = new MovableClock();
        SignInThrottle t = throttle(clock, 3, 100);
        for (int i = 0; i < 3; i++) {
            t.check("Bureau", "10.0.0." + i);
            t.failed("Bureau", "10.0.0." + i);
            clock.now = clock.now.plusSeconds(60);
        }
        var e = assertThrows(TooManySignInAttemptsException.class, () -> t.check("bureau", "10.0.0.9"));
        assertEquals(Duration.ofMinutes(12).toSeconds(), e.retryAfterSeconds(), "15 minutes after the first failure");
        assertDoesNotThrow(() -> t.check("evaluator", "10.0.0.9"));
        clock.now = clock.now.plus(Duration.ofMinutes(12)).plusSeconds(1);
        assertDoesNotThrow(() -> t.check("bureau", "10.0.0.9"));
    }

    @Test
    void anAddressGuessingManyAccountsIsRefusedAndASuccessClearsOnlyTheAccount() {
        MovableClock clock = new MovableClock();
        SignInThrottle t = throttle(clock, 10, 4);
        for (int i = 0; i < 4; i++) {
            t.failed("user" + i, "10.0.0.1");
        }
        assertThrows(TooManySignInAttemptsException.class, () -> t.check("someone", "10.0.0.1"));
        assertDoesNotThrow(() -> t.check("someone", "10.0.0.2"));
        t.failed("department", "10.0.0.3");
        t.succeeded("department");
        assertDoesNotThrow(() -> t.check("department", "10.0.0.3"));
    }
}
