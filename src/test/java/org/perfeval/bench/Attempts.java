package org.perfeval.bench;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a client does when a completion fails in a way the API says "refresh and retry" (409 conflict,
 * 503 busy): it tries again, up to {@code bench.retries} times (3), each failed attempt counted. In
 * process these are the exceptions the API maps to 409 and 503 (web.ErrorMapper): the project's
 * ConflictException, optimistic locking (JPA's or Flowable's), a constraint violation, and the SQL
 * states of a lock timeout or deadlock. Anything else fails at once.
 */
public final class Attempts {

    private static final Set<String> BUSY = Set.of("HYT00", "40001", "40P01", "55P03");

    private Attempts() {
    }

    public static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("org.perfeval.common.ConflictException")
                    || name.endsWith("FlowableOptimisticLockingException")
                    || name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || BUSY.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} until it succeeds, or fails in a way not worth retrying, or {@code retries} retries failed. */
    public static <T> T retrying(int retries, Consumer<RuntimeException> failedAttempt, Supplier<T> work) {
        for (int attempt = 0; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!retryable(e) || attempt >= retries) {
                    throw e;
                }
                failedAttempt.accept(e);
            }
        }
    }
}
