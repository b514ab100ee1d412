package org.perfeval.platform;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical connection factory behind the container's pool {@code java:app/jdbc/perfeval}.
 * It chooses the database at run time from the environment: PostgreSQL when
 * {@code PERFEVAL_DB_URL} is set, otherwise an H2 file under {@code PERFEVAL_DATA_DIR}. A
 * {@code @DataSourceDefinition} cannot make that choice itself, because its class name is fixed
 * at compile time.
 */
public class PerfevalDataSource implements DataSource {

    private volatile Driver driver;
    private int loginTimeout;
    private PrintWriter logWriter;

    public static String effectiveUrl() {
        return Settings.databaseUrl().orElseGet(() -> {
            Path dir = Settings.dataDirectory();
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("PERFEVAL_DATA_DIR " + dir + " cannot be created", e);
            }
            // WRITE_DELAY=0: a commit reaches the file before the request returns, so a crash loses nothing committed;
            // LOCK_TIMEOUT: wait up to 10 s for a row another transaction holds (the audit chain's head) before giving up
            return "jdbc:h2:file:" + dir.resolve("perfeval") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        });
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties props = new Properties();
        Settings.get("PERFEVAL_DB_USER").ifPresent(u -> props.setProperty("user", u));
        Settings.get("PERFEVAL_DB_PASSWORD").ifPresent(p -> props.setProperty("password", p));
        if (Settings.usesPostgres()) {
            // strings are sent untyped, so that the evaluation document's text lands in its jsonb column
            props.putIfAbsent("stringtype", "unspecified");
        } else {
            props.putIfAbsent("user", "sa");
            props.putIfAbsent("password", "");
        }
        String url = effectiveUrl();
        Connection connection = driver(url).connect(url, props);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + url);
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private Driver driver(String url) throws SQLException {
        Driver d = driver;
        if (d == null) {
            String name = url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver";
            try {
                d = (Driver) Class.forName(name, true, PerfevalDataSource.class.getClassLoader())
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new SQLException("JDBC driver " + name + " is not available", e);
            }
            driver = d;
        }
        return d;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
