package org.perfeval.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditTrail;
import org.perfeval.common.ConflictException;
import org.perfeval.common.FieldError;
import org.perfeval.common.ForbiddenException;
import org.perfeval.common.LimitExceededException;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.Text;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.evaluation.EvidenceRef;
import org.perfeval.security.Caller;
import org.perfeval.security.Role;

/**
 * Evidence files of evaluations: uploading (spooled, checked by content, limited per file and per
 * evaluation, stored once per content, audited with its hash), replacing or deleting a wrong upload
 * while no submitted step cites it, reading by those who may see the evaluation, and resolving the
 * files a task's payload cites. The application layer provides the transaction.
 */
@ApplicationScoped
public class EvidenceService {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());
    private static final String FIELD = "file";

    @Inject
    EvidenceFileRepository files;

    @Inject
    EvidenceSettings settings;

    @Inject
    EvaluationService evaluations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The container's pool: inside a use case's transaction its connections take part in it. */
    @Resource(lookup = "java:app/jdbc/perfeval")
    DataSource dataSource;

    private EvidenceStore store;

    @PostConstruct
    void init() {
        store = settings.storesInFileSystem() ? new FileSystemEvidenceStore(settings.directory().resolve("content"))
                : new DatabaseEvidenceStore(dataSource, clock);
        clearInterruptedUploads();
    }

    /** The content store itself, for other files kept by their hash (a self-evaluation batch's uploads). */
    public EvidenceStore contentStore() {
        return store;
    }

    /** Spooled parts of uploads that a crash cut off: nothing refers to them. */
    private void clearInterruptedUploads() {
        if (!Files.isDirectory(settings.spoolDirectory())) {
            return;
        }
        try (Stream<java.nio.file.Path> left = Files.list(settings.spoolDirectory())) {
            left.forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warning("cannot remove interrupted upload " + p + ": " + e);
                }
            });
        } catch (IOException e) {
            LOG.warning("cannot list interrupted uploads: " + e);
        }
    }

    /** Uploads a file to an evaluation the caller takes part in. */
    public EvidenceFile upload(Caller caller, long evaluationId, String fileName, InputStream content) {
        Evaluation evaluation = writable(caller, evaluationId);
        String name = checkedName(fileName);
        try (SpooledUpload upload = receive(content, name)) {
            FileType type = ContentInspector.inspect(upload.file(), name, FIELD);
            withinEvaluationLimit(evaluationId, upload.size(), name);
            store.put(upload);
            EvidenceFile file = files.add(new EvidenceFile(evaluationId, name, upload, type, caller.username(),
                    Instant.now(clock)));
            audit.record(new AuditEvent(caller.username(), caller.address(), "uploadEvidence",
                    EvaluationService.target(evaluation), evaluationId, AuditState.NONE, facts(file)));
            return file;
        }
    }

    /** Replaces a wrong upload, keeping its id, while no submitted step cites it. */
    public EvidenceFile replace(Caller caller, long fileId, String fileName, InputStream content) {
        EvidenceFile file = changeable(caller, fileId);
        Evaluation evaluation = writable(caller, file.getEvaluationId());
        String name = checkedName(fileName);
        AuditState before = facts(file);
        try (SpooledUpload upload = receive(content, name)) {
            FileType type = ContentInspector.inspect(upload.file(), name, FIELD);
            withinEvaluationLimit(file.getEvaluationId(), upload.size() - file.getSize(), name);
            store.put(upload);
            file.replace(name, upload, type, Instant.now(clock));
            audit.record(AuditEvent.change(caller.username(), caller.address(), "replaceEvidence",
                    EvaluationService.target(evaluation), evaluation.getId(), before, facts(file)));
            return file;
        }
    }

    /** Deletes a wrong upload while no submitted step cites it (its content stays, others may share it). */
    public void delete(Caller caller, long fileId) {
        EvidenceFile file = changeable(caller, fileId);
        Evaluation evaluation = evaluations.get(file.getEvaluationId());
        audit.record(new AuditEvent(caller.username(), caller.address(), "deleteEvidence",
                EvaluationService.target(evaluation), evaluation.getId(), facts(file), AuditState.NONE));
        files.remove(file);
    }

    /** The evaluation's files, for those who may see it. */
    public List<EvidenceFile> of(Caller caller, long evaluationId) {
        evaluations.visible(evaluationId, caller);
        return files.ofEvaluation(evaluationId);
    }

    /** A file of an evaluation the caller may see; 404 otherwise, as for the evaluation itself. */
    public EvidenceFile visible(Caller caller, long fileId) {
        EvidenceFile file = files.find(fileId).orElseThrow(() -> notFound(fileId));
        try {
            evaluations.visible(file.getEvaluationId(), caller);
        } catch (NotFoundException e) {
            throw notFound(fileId);
        }
        return file;
    }

    /** The file's bytes, streamed from the store. */
    public InputStream content(EvidenceFile file) {
        return store.open(file.getSha256());
    }

    /**
     * The evidence a task's payload cites, with each cited file's name, checked to belong to the
     * evaluation; the files become part of the submitted step. {@code field} names the payload's field
     * in errors.
     */
    public List<EvidenceRef> cite(long evaluationId, List<EvidenceRef> refs, String field) {
        List<FieldError> errors = new ArrayList<>();
        List<EvidenceRef> resolved = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            EvidenceRef ref = refs.get(i);
            if (ref.fileId() == null) {
                resolved.add(ref);
                continue;
            }
            var file = files.find(ref.fileId()).filter(f -> f.getEvaluationId() == evaluationId);
            if (file.isEmpty()) {
                errors.add(new FieldError(field + "[" + i + "].fileId", "文件 " + ref.fileId()
                        + " 不存在或不属于本评价 (no such file in this evaluation)"));
            } else {
                file.get().markSubmitted();
                resolved.add(new EvidenceRef(ref.fileId(), file.get().getName()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return resolved;
    }

    private Evaluation writable(Caller caller, long evaluationId) {
        Evaluation evaluation = evaluations.visible(evaluationId, caller);
        if (caller.is(Role.ADMIN)) {
            throw new ForbiddenException("管理员不上传佐证材料 (administrators do not upload evidence)");
        }
        if (evaluation.getStatus() == EvaluationStatus.CLOSED || evaluation.getStatus() == EvaluationStatus.CANCELLED) {
            throw new ConflictException("评价已结束，不能再上传佐证材料 (evaluation closed)");
        }
        return evaluation;
    }

    private EvidenceFile changeable(Caller caller, long fileId) {
        EvidenceFile file = visible(caller, fileId);
        if (file.isSubmitted()) {
            throw new ConflictException("文件「" + file.getName() + "」已随提交的步骤报送，不能再替换或删除 (file belongs to a submitted step)");
        }
        if (!file.getUploadedBy().equals(caller.username())) {
            throw new ForbiddenException("只有上传者可以替换或删除该文件 (only the uploader may replace or delete it)");
        }
        return file;
    }

    private SpooledUpload receive(InputStream content, String name) {
        return SpooledUpload.of(content, settings.spoolDirectory(), settings.maxFileBytes(), name);
    }

    private void withinEvaluationLimit(long evaluationId, long added, String name) {
        long limit = settings.maxEvaluationBytes();
        if (files.bytesOf(evaluationId) + added > limit) {
            throw new LimitExceededException("文件「" + name + "」使本评价的佐证材料超过" + SpooledUpload.megabytes(limit)
                    + "的总上限 (the evaluation's files would exceed " + SpooledUpload.megabytes(limit) + ")");
        }
    }

    /** A file name as given, Chinese kept; a path is refused rather than cut, so that no name changes silently. */
    public static String checkedName(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ValidationException.of(FIELD, "必填: 上传的文件须有文件名 (file name required)");
        }
        if (name.length() > 255 || Text.hasHiddenCharacters(name)) {
            throw ValidationException.of(FIELD, "文件名不超过255个字符，且不含控制字符或不可见的格式字符 (file name)");
        }
        if (name.contains("/") || name.contains("\\")) {
            throw ValidationException.of(FIELD, "文件名「" + name + "」不能含 / 或 \\，请只给文件名，不带路径 (a file name, not a path)");
        }
        return name;
    }

    private static AuditState facts(EvidenceFile file) {
        Map<String, String> f = new LinkedHashMap<>();
        String key = "evidence." + file.getId() + ".";
        f.put(key + "name", file.getName());
        f.put(key + "size", String.valueOf(file.getSize()));
        f.put(key + "sha256", file.getSha256());
        f.put(key + "type", file.getType().name());
        return new AuditState(f);
    }

    private static NotFoundException notFound(long fileId) {
        return new NotFoundException("文件 " + fileId + " 不存在");
    }
}
