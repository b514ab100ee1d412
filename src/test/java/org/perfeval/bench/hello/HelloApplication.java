package org.perfeval.bench.hello;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The hello-world WAR of the {@code hello_ready_s} figure: JAX-RS at /api, nothing else. */
@ApplicationPath("api")
public class HelloApplication extends Application {
}
