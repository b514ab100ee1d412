package org.perfeval.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.perfeval.common.LimitExceededException;

/**
 * An upload copied to a temporary file as it arrives, hashed and counted on the way, so that its
 * type, size and hash are known before anything is stored and no more than a buffer is ever in
 * memory. The file goes when the upload is closed.
 */
public final class SpooledUpload implements AutoCloseable {

    private final Path file;
    private final long size;
    private final String sha256;

    private SpooledUpload(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Copies {@code in} under {@code directory}; more than {@code maxBytes} is refused (413) and leaves nothing. */
    public static SpooledUpload of(InputStream in, Path directory, long maxBytes, String name) {
        Path file = null;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw new LimitExceededException("文件「" + name + "」超过单个文件" + megabytes(maxBytes)
                                + "的上限 (file larger than " + megabytes(maxBytes) + ")");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            return new SpooledUpload(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException(new IOException("upload could not be received", e));
        }
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover is removed with the rest of the directory at the next start
            }
        }
    }
}
