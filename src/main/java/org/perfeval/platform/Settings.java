package org.perfeval.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Deployment settings read from the environment (as API.md names them), with system properties of
 * the same name as a fallback so that tests can set them without a new process.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static Path dataDirectory() {
        return Path.of(get("PERFEVAL_DATA_DIR").orElse("./data")).toAbsolutePath().normalize();
    }

    public static Optional<String> databaseUrl() {
        return get("PERFEVAL_DB_URL");
    }

    public static boolean usesPostgres() {
        return databaseUrl().isPresent();
    }

    /** Demo data is on by default for the embedded database and off when PostgreSQL is configured. */
    public static boolean demoMode() {
        return get("PERFEVAL_DEMO").map(Boolean::parseBoolean).orElse(!usesPostgres());
    }

    /** A stable name for this node: Flowable uses it as the lock owner of jobs, so a restarted node frees its own locks. */
    public static String nodeName() {
        return get("PERFEVAL_NODE").orElseGet(() -> {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "perfeval";
            }
        });
    }
}
