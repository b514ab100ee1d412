package org.perfeval.workflow;

import java.time.Duration;
import java.util.Objects;

/**
 * How this node takes part in running timers and async jobs, which every node of a cluster shares
 * through the database. A node locks a job before running it: the lock names this node
 * ({@code lockOwner}, its {@code PERFEVAL_NODE}) and lasts the lock time, after which any node's
 * reset thread (every {@code resetExpiredJobsInterval}) frees it for another try. A node that
 * stops or starts again frees at once the jobs locked under its own name.
 *
 * @param asyncJobLockTime how long a node holds a job it runs (a due timer becomes such a job)
 * @param timerLockTime how long a node holds a due timer while it turns it into a job to run
 */
public record JobExecutorSettings(String lockOwner, Duration asyncJobLockTime, Duration timerLockTime,
                                  Duration resetExpiredJobsInterval) {

    public JobExecutorSettings {
        Objects.requireNonNull(lockOwner, "lockOwner");
        if (lockOwner.isBlank() || lockOwner.length() > 255) {
            throw new IllegalArgumentException("PERFEVAL_NODE must have 1 to 255 characters: '" + lockOwner + "'");
        }
        positive("PERFEVAL_JOB_LOCK_TIME", asyncJobLockTime);
        positive("PERFEVAL_TIMER_LOCK_TIME", timerLockTime);
        positive("PERFEVAL_RESET_EXPIRED_JOBS_INTERVAL", resetExpiredJobsInterval);
    }

    private static void positive(String setting, Duration d) {
        if (d == null || d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(setting + " must be a positive duration of less than 24 days: " + d);
        }
    }
}
