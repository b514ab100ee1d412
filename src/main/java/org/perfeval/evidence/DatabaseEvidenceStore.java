package org.perfeval.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Content in the database, in chunks of 256 KB: it works unchanged with several nodes on one
 * PostgreSQL and is backed up with the data. Writing goes through the container's data source, so
 * inside the upload's transaction: a crash mid-upload leaves nothing. Reading fetches one chunk at
 * a time, never the whole file.
 */
final class DatabaseEvidenceStore implements EvidenceStore {

    static final int CHUNK = 256 * 1024;

    private final DataSource dataSource;
    private final Clock clock;

    DatabaseEvidenceStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public boolean put(SpooledUpload upload) {
        try (Connection c = dataSource.getConnection()) {
            if (stored(c, upload.sha256())) {
                return false;
            }
            try (PreparedStatement content = c.prepareStatement(
                    "insert into pe_evidence_content (sha256, size_bytes, stored_at) values (?, ?, ?)")) {
                content.setString(1, upload.sha256());
                content.setLong(2, upload.size());
                content.setTimestamp(3, Timestamp.from(Instant.now(clock)));
                content.executeUpdate();
            }
            try (InputStream in = Files.newInputStream(upload.file());
                 PreparedStatement chunk = c.prepareStatement("insert into pe_evidence_chunk (sha256, seq, data) values (?, ?, ?)")) {
                byte[] buffer = new byte[CHUNK];
                int seq = 0;
                for (int n = in.readNBytes(buffer, 0, CHUNK); n > 0; n = in.readNBytes(buffer, 0, CHUNK)) {
                    chunk.setString(1, upload.sha256());
                    chunk.setInt(2, seq++);
                    chunk.setBytes(3, n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
                    chunk.executeUpdate();
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("evidence content not stored: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean stored(Connection c, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from pe_evidence_content where sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    @Override
    public InputStream open(String sha256) {
        return new ChunkStream(sha256);
    }

    /** Reads the next chunk only when the previous one is used up, each on a connection of its own. */
    private final class ChunkStream extends InputStream {
        private final String sha256;
        private byte[] chunk = new byte[0];
        private int at;
        private int seq;
        private boolean ended;

        ChunkStream(String sha256) {
            this.sha256 = sha256;
        }

        private boolean fill() throws IOException {
            while (at >= chunk.length && !ended) {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement s = c.prepareStatement("select data from pe_evidence_chunk where sha256 = ? and seq = ?")) {
                    s.setString(1, sha256);
                    s.setInt(2, seq++);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            chunk = r.getBytes(1);
                            at = 0;
                        } else {
                            ended = true;
                        }
                    }
                } catch (SQLException e) {
                    throw new IOException("evidence content unreadable: " + e.getMessage(), e);
                }
            }
            return at < chunk.length;
        }

        @Override
        public int read() throws IOException {
            return fill() ? chunk[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            return n;
        }
    }
}
