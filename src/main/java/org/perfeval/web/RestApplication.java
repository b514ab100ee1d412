package org.perfeval.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("api")
@DeclareRoles({"BUREAU", "EVALUATOR", "DEPARTMENT", "ADMIN"})
public class RestApplication extends Application {

    /**
     * A Location header is answered as the path we give it, never resolved against the request's
     * Host header; the resources' {@code @RolesAllowed} are enforced (Jersey's own feature); and
     * multipart bodies are read.
     */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true,
                "jersey.config.server.provider.classnames", "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature,"
                        // multipart/form-data as Jakarta REST's EntityPart (evidence uploads); parts spool to disk
                        + "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
