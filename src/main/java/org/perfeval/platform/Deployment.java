package org.perfeval.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this node is deployed, from configuration: demo data (on by default with the embedded
 * database, off with PostgreSQL), the node's stable name and how long it holds the locks of the
 * timers and jobs it runs (see deployment/cluster/README.md). The data source reads its own
 * settings through {@link Settings}, because the container creates it before CDI.
 */
@ApplicationScoped
public class Deployment {

    @Inject
    @ConfigProperty(name = "PERFEVAL_DEMO")
    Optional<Boolean> demo;

    @Inject
    @ConfigProperty(name = "PERFEVAL_DB_URL")
    Optional<String> databaseUrl;

    @Inject
    @ConfigProperty(name = "PERFEVAL_NODE")
    Optional<String> node;

    /** How long a node holds a job it runs before another node may take it over. */
    @Inject
    @ConfigProperty(name = "PERFEVAL_JOB_LOCK_TIME", defaultValue = "PT5M")
    Duration jobLockTime;

    /** How long a node holds a due timer while it makes it a job to run. */
    @Inject
    @ConfigProperty(name = "PERFEVAL_TIMER_LOCK_TIME", defaultValue = "PT5M")
    Duration timerLockTime;

    /** How often each node frees the expired locks of jobs and timers (those of a node that died). */
    @Inject
    @ConfigProperty(name = "PERFEVAL_RESET_EXPIRED_JOBS_INTERVAL", defaultValue = "PT1M")
    Duration resetExpiredJobsInterval;

    public Duration jobLockTime() {
        return jobLockTime;
    }

    public Duration timerLockTime() {
        return timerLockTime;
    }

    public Duration resetExpiredJobsInterval() {
        return resetExpiredJobsInterval;
    }

    public boolean demoMode() {
        return demo.orElse(databaseUrl.filter(u -> !u.isBlank()).isEmpty());
    }

    /**
     * Flowable uses it as the lock owner of jobs, so a restarted node frees its own jobs at once. Nodes
     * of a cluster need names of their own: one that stops or starts frees every job locked under its name.
     */
    public String nodeName() {
        return node.filter(n -> !n.isBlank()).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "perfeval";
            }
        });
    }
}
