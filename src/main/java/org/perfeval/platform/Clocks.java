package org.perfeval.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's clock, in the configured zone ({@code PERFEVAL_ZONE}, Asia/Shanghai by default):
 * deadlines such as "by 30 June" end at midnight there, whatever zone the server runs in.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "PERFEVAL_ZONE", defaultValue = "Asia/Shanghai")
    String zone;

    @Produces
    public Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
