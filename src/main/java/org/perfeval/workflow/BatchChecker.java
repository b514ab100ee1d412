package org.perfeval.workflow;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.perfeval.platform.Deployment;
import org.perfeval.common.FieldError;
import org.perfeval.selfevaluation.CheckedForm;
import org.perfeval.selfevaluation.FormSheet;
import org.perfeval.selfevaluation.FormUpload;
import org.perfeval.selfevaluation.ReviewRules;
import org.perfeval.selfevaluation.SelfEvaluationService;
import org.perfeval.selfevaluation.SelfEvaluationSettings;

/**
 * Checks received files of forms in the background, one file at a time per node: each form is read
 * and desk-reviewed, and every {@value #CHUNK} forms are stored in one transaction with the file's
 * place. A node holds the file by a lease it renews with each chunk; after a crash the same node (by
 * its name) resumes at once where the last chunk ended, and another node once the lease ran out.
 */
@ApplicationScoped
public class BatchChecker {

    private static final Logger LOG = Logger.getLogger(BatchChecker.class.getName());
    static final int CHUNK = 250;
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** How often a node looks for files whose holder died. */
    private static final long SCAN_SECONDS = 30;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    FormChecking checking;

    @Inject
    SelfEvaluationService service;

    @Inject
    SelfEvaluationSettings settings;

    @Inject
    Deployment deployment;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile ScheduledFuture<?> scan;
    private volatile boolean stopping;

    void onStart(@Observes EngineStarted started) {
        clearWorkDirectory();
        scan = executor.scheduleWithFixedDelay(this::wake, 0, SCAN_SECONDS, TimeUnit.SECONDS);
    }

    void onReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) SelfEvaluationBatches.FormsReceived received) {
        wake();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (scan != null) {
            scan.cancel(false);
        }
    }

    /** Starts the checking loop unless it runs; a wake-up while it runs makes it look again before it stops. */
    public void wake() {
        wanted.set(true);
        if (!stopping && running.compareAndSet(false, true)) {
            executor.execute(this::loop);
        }
    }

    private void loop() {
        try {
            while (!stopping && wanted.getAndSet(false)) {
                for (Optional<FormUpload> next = claim(); next.isPresent() && !stopping; next = claim()) {
                    check(next.get());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "checking self-evaluation forms failed; it is retried on the next scan", e);
        } finally {
            running.set(false);
            if (wanted.get() && !stopping) {
                wake();
            }
        }
    }

    private Optional<FormUpload> claim() {
        return checking.claimNext(deployment.nodeName(), leaseUntil());
    }

    private void check(FormUpload upload) {
        ReviewRules rules = service.rulesOf(upload.batchId());
        Path file = copyOut(upload);
        List<CheckedForm> chunk = new ArrayList<>(CHUNK);
        int[] ordinal = {0};
        try {
            service.reader(upload.kind()).read(file, upload.name(), settings.workDirectory(), reading -> {
                int at = ordinal[0]++;
                if (at < upload.formsRead()) {
                    return; // stored before a restart
                }
                chunk.add(checked(at, reading, rules));
                if (chunk.size() == CHUNK) {
                    store(upload, chunk);
                }
            });
        } catch (StoreFailed e) {
            throw e.getCause(); // the database's trouble: the file stays queued and is tried again
        } catch (RuntimeException unreadable) {
            // the file itself breaks off (a damaged workbook): what was read is kept, the rest is one listed error
            LOG.log(Level.WARNING, "file of forms " + upload.id() + " breaks off after " + ordinal[0] + " forms", unreadable);
            chunk.add(new CheckedForm(ordinal[0], upload.name(), null, List.of(new FieldError(upload.name(),
                    "文件在第" + ordinal[0] + "份自评表之后无法继续读取 (the file breaks off here): " + unreadable.getMessage())), null));
        } finally {
            delete(file);
        }
        if (!chunk.isEmpty()) {
            store(upload, chunk);
        }
        checking.finish(upload);
    }

    /** One form desk-reviewed; a form the review cannot take is listed as unreadable rather than stopping the file. */
    private static CheckedForm checked(int ordinal, FormSheet.Reading reading, ReviewRules rules) {
        try {
            return CheckedForm.of(ordinal, reading, rules);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "form " + reading.sheet() + " could not be reviewed", e);
            return new CheckedForm(ordinal, reading.sheet(), null, List.of(new FieldError(reading.sheet(),
                    "无法审核该自评表 (the form cannot be reviewed): " + e.getMessage())), null);
        }
    }

    private void store(FormUpload upload, List<CheckedForm> chunk) {
        try {
            checking.store(upload, chunk, leaseUntil());
        } catch (RuntimeException e) {
            throw new StoreFailed(e);
        }
        chunk.clear();
    }

    /** Storing failed: not the file's fault, so it is not taken for a damaged file. */
    private static final class StoreFailed extends RuntimeException {
        StoreFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** The kept content as a file of its own: workbooks and zips are read by random access. */
    private Path copyOut(FormUpload upload) {
        try {
            Files.createDirectories(settings.workDirectory());
            Path file = Files.createTempFile(settings.workDirectory(), "forms-" + upload.id() + "-", ".part");
            try (InputStream in = service.content(upload)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant leaseUntil() {
        return Instant.now(clock).plus(LEASE);
    }

    /** What a crash left in the work directory: nothing refers to it. */
    private void clearWorkDirectory() {
        Path dir = settings.workDirectory();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> left = Files.walk(dir)) {
            left.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(BatchChecker::delete);
        } catch (IOException e) {
            LOG.warning("cannot clear " + dir + ": " + e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warning("cannot remove " + p + ": " + e);
        }
    }
}
