package org.perfeval.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("api")
public class RestApplication extends Application {

    /** A Location header is answered as the path we give it, never resolved against the request's Host header. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
