package org.perfeval.bench;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * How a benchmark inside Payara Micro reports to the client that deployed it: the work runs on a
 * container-managed thread (CDI, JNDI and JTA available, and no HTTP request of Arquillian's to time
 * out), appends progress lines to {@code <name>.progress} and leaves {@code <name>.result.properties}
 * or {@code <name>.error} in the bench directory, which the client polls ({@link Containers#await}).
 */
public final class InContainer {

    private final Path dir;
    private final String name;

    private InContainer(Path dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    public static InContainer of(BenchConfig cfg, String name) {
        return new InContainer(cfg.dir(), name);
    }

    public static ManagedThreadFactory threads() {
        try {
            return (ManagedThreadFactory) new InitialContext().lookup("java:comp/DefaultManagedThreadFactory");
        } catch (NamingException e) {
            throw new IllegalStateException("no managed thread factory", e);
        }
    }

    /** Starts the work and returns at once. */
    public void start(Callable<Properties> work) {
        for (String suffix : new String[]{".progress", ".result.properties", ".error"}) {
            try {
                Files.deleteIfExists(dir.resolve(name + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Thread t = threads().newThread(() -> {
            try {
                Properties result = work.call();
                Path tmp = dir.resolve(name + ".result.tmp");
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    result.store(out, name);
                }
                Files.move(tmp, dir.resolve(name + ".result.properties"), StandardCopyOption.ATOMIC_MOVE);
            } catch (Throwable e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                try {
                    Files.writeString(dir.resolve(name + ".error"), trace.toString(), StandardCharsets.UTF_8);
                } catch (IOException io) {
                    e.addSuppressed(io);
                    e.printStackTrace();
                }
            }
        });
        t.setName("bench-" + name);
        t.start();
    }

    /** A line for the client to print while it waits. */
    public void progress(String line) {
        try {
            Files.writeString(dir.resolve(name + ".progress"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
