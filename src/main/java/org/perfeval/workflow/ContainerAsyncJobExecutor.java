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
 * <p>It takes the engine configuration's {@link AsyncJobExecutorConfiguration}: Flowable applies its
 * {@code asyncExecutor*} settings (lock owner, lock times, acquire waits) only to an executor it makes
 * itself, and an executor made with its own configuration object silently runs with a random lock
 * owner per start and the defaults (jobs a killed node held then stayed locked for an hour).
 */
public class ContainerAsyncJobExecutor extends DefaultAsyncJobExecutor {

    private final ThreadFactory threadFactory;

    public ContainerAsyncJobExecutor(AsyncJobExecutorConfiguration configuration, ThreadFactory threadFactory) {
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
