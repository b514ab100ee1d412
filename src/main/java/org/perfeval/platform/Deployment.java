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
 * database, off with PostgreSQL) and the node's stable name. The data source reads its own
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

    /** How long a job or timer this node runs stays locked to it (see ProcessEngineFactory.configureJobExecutor). */
    @Inject
    @ConfigProperty(name = "PERFEVAL_JOB_LOCK_TIME", defaultValue = "PT5M")
    Duration jobLockTime;

    public boolean demoMode() {
        return demo.orElse(databaseUrl.filter(u -> !u.isBlank()).isEmpty());
    }

    public Duration jobLockTime() {
        return jobLockTime;
    }

    /** Flowable uses it as the lock owner of jobs, so a restarted node frees its own locks. */
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
