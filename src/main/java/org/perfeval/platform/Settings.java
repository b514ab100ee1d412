package org.perfeval.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The data source's settings, read from the environment (as API.md names them) with system
 * properties of the same name as a fallback. Only the data source reads them this way: the
 * container creates it before CDI, so it cannot have them injected; everything else is
 * configured through MicroProfile Config ({@code @ConfigProperty}), from the same variables.
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
}
