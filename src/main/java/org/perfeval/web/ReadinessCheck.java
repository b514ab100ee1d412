package org.perfeval.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.perfeval.workflow.ProcessEngineLifecycle;

/**
 * Reported by Payara Micro's {@code /health/ready}: up once the database, the engine and the processes
 * are, and while the engine's job threads live (without them deadlines would pass unnoticed).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    ProcessEngineLifecycle lifecycle;

    @Override
    public HealthCheckResponse call() {
        boolean jobs = lifecycle.jobThreadsAlive();
        return HealthCheckResponse.named("perfeval").status(lifecycle.isReady() && jobs).withData("jobThreads", jobs).build();
    }
}
