package org.perfeval.selfevaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How large a file of forms may be, and where files being checked are unpacked (MicroProfile Config). */
@ApplicationScoped
public class SelfEvaluationSettings {

    @Inject
    @ConfigProperty(name = "PERFEVAL_SELF_EVALUATION_MAX_UPLOAD_MB", defaultValue = "200")
    long maxUploadMb;

    @Inject
    @ConfigProperty(name = "PERFEVAL_DATA_DIR", defaultValue = "./data")
    String dataDirectory;

    public long maxUploadBytes() {
        return maxUploadMb * 1024 * 1024;
    }

    /** Spooled uploads and unpacked workbooks: nothing here outlives a restart. */
    public Path workDirectory() {
        return Path.of(dataDirectory).toAbsolutePath().normalize().resolve("self-evaluation").resolve("work");
    }
}
