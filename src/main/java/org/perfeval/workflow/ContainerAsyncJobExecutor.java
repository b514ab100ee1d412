package org.perfeval.workflow;

import java.util.concurrent.ThreadFactory;
import org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration;
import org.flowable.job.service.impl.asyncexecutor.DefaultAsyncJobExecutor;

/**
 * Flowable's async executor with every thread made by the container's managed thread factory, so
 * that timers and async jobs run with CDI, JNDI and JTA available. The worker pool gets the
 * factory through the engine configuration; the acquisition and reset threads, which Flowable
 * would create with {@code new Thread()}, are created here.
 *
 * <p>It runs on the engine configuration's own {@link AsyncJobExecutorConfiguration} (lock owner,
 * lock times, acquisition waits): an executor made without it would keep Flowable's defaults, a
 * random lock owner and locks of an hour, whatever the engine configuration says.
 */
public class ContainerAsyncJobExecutor extends DefaultAsyncJobExecutor {

    private final ThreadFactory threadFactory;

    public ContainerAsyncJobExecutor(ThreadFactory threadFactory, AsyncJobExecutorConfiguration configuration) {
        super(configuration);
        this.threadFactory = threadFactory;
    }

    /** Whether the executor runs with its acquisition and reset threads alive (a dead one stops timers silently). */
    public boolean threadsAlive() {
        return isActive() && alive(asyncJobAcquisitionThread) && alive(timerJobAcquisitionThread)
                && alive(resetExpiredJobThread);
    }

    private static boolean alive(Thread t) {
        return t != null && t.isAlive();
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (asyncJobAcquisitionThread == null && asyncJobsDueRunnable != null) {
            asyncJobAcquisitionThread = threadFactory.newThread(asyncJobsDueRunnable);
        }
        super.startJobAcquisitionThread();
    }

    @Override
    protected void startTimerAcquisitionThread() {
        if (timerJobAcquisitionThread == null && timerJobRunnable != null) {
            timerJobAcquisitionThread = threadFactory.newThread(timerJobRunnable);
        }
        super.startTimerAcquisitionThread();
    }

    @Override
    protected void startResetExpiredJobsThread() {
        if (resetExpiredJobThread == null && resetExpiredJobsRunnable != null) {
            resetExpiredJobThread = threadFactory.newThread(resetExpiredJobsRunnable);
        }
        super.startResetExpiredJobsThread();
    }
}
