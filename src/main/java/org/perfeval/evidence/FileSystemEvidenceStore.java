package org.perfeval.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Content as files under the data directory ({@code evidence/ab/abcdef…}), for installations that
 * back up files apart from the database. A file appears under its hash only complete: it is copied
 * beside its place and then renamed, so a crash leaves at most a temporary file nobody reads.
 */
final class FileSystemEvidenceStore implements EvidenceStore {

    private final Path root;

    FileSystemEvidenceStore(Path root) {
        this.root = root;
    }

    @Override
    public boolean put(SpooledUpload upload) {
        Path target = pathOf(upload.sha256());
        if (Files.exists(target)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "store-", ".part");
            try {
                Files.copy(upload.file(), temp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target);
                }
            } catch (FileAlreadyExistsException sameContentAtOnce) {
                return false;
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
