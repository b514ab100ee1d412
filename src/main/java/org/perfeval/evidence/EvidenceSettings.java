package org.perfeval.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The evidence files' limits and where they are kept (MicroProfile Config, the environment's variables). */
@ApplicationScoped
public class EvidenceSettings {

    private static final long MB = 1024 * 1024;

    @Inject
    @ConfigProperty(name = "PERFEVAL_EVIDENCE_MAX_FILE_MB", defaultValue = "100")
    long maxFileMb;

    @Inject
    @ConfigProperty(name = "PERFEVAL_EVIDENCE_MAX_EVALUATION_MB", defaultValue = "1024")
    long maxEvaluationMb;

    /** {@code database} (default: backed up with the data, shared by nodes) or {@code filesystem}. */
    @Inject
    @ConfigProperty(name = "PERFEVAL_EVIDENCE_STORE", defaultValue = "database")
    String store;

    @Inject
    @ConfigProperty(name = "PERFEVAL_DATA_DIR", defaultValue = "./data")
    String dataDirectory;

    public long maxFileBytes() {
        return maxFileMb * MB;
    }

    public long maxEvaluationBytes() {
        return maxEvaluationMb * MB;
    }

    boolean storesInFileSystem() {
        return "filesystem".equalsIgnoreCase(store.strip());
    }

    Path directory() {
        return Path.of(dataDirectory).toAbsolutePath().normalize().resolve("evidence");
    }

    /** Uploads being received; whatever is here at start was cut off by a crash. */
    Path spoolDirectory() {
        return directory().resolve("incoming");
    }
}
