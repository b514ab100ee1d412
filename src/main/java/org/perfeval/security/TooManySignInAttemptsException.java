package org.perfeval.security;

/** Sign-in refused for now after too many failures (HTTP 429 with Retry-After). */
public class TooManySignInAttemptsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManySignInAttemptsException(long retryAfterSeconds) {
        super("登录失败次数过多，请" + Math.max(1, (retryAfterSeconds + 59) / 60) + "分钟后再试 (too many failed sign-ins; try again later)");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
