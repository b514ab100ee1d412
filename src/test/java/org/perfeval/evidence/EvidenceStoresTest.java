package org.perfeval.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.common.LimitExceededException;

/**
 * Both stores keep each content once under its hash and give it back byte for byte across chunk
 * boundaries; an upload is spooled with its hash and size, and one over the limit leaves nothing.
 */
class EvidenceStoresTest {

    @TempDir
    Path dir;

    private SpooledUpload spool(byte[] bytes) {
        return SpooledUpload.of(new ByteArrayInputStream(bytes), dir.resolve("incoming"), 10L * 1024 * 1024, "x.pdf");
    }

    private static byte[] noise(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void anUploadIsSpooledWithItsHashAndOneOverTheLimitLeavesNothing() throws IOException {
        byte[] abc = "abc".getBytes();
        try (SpooledUpload u = spool(abc)) {
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", u.sha256());
            assertEquals(3, u.size());
            assertArrayEquals(abc, Files.readAllBytes(u.file()));
        }
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> SpooledUpload.of(
                new ByteArrayInputStream(new byte[2048]), dir.resolve("incoming"), 2047, "决算.pdf"));
        assertTrue(e.getMessage().contains("决算.pdf"), e.getMessage());
        try (Stream<Path> left = Files.list(dir.resolve("incoming"))) {
            assertEquals(0, left.count(), "no spooled file is left behind");
        }
    }

    @Test
    void theDatabaseStoreKeepsEachContentOnceInChunks() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:evidence" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            String migration = new String(getClass().getResourceAsStream("/db/migration/V12__evidence_files.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String statement : migration.split(";")) {
                if (statement.contains("create table pe_evidence_c")) {
                    s.execute(statement);
                }
            }
        }
        DatabaseEvidenceStore store = new DatabaseEvidenceStore(h2, Clock.systemUTC());
        byte[] content = noise(2 * DatabaseEvidenceStore.CHUNK + 1234, 5);
        try (SpooledUpload u = spool(content)) {
            assertTrue(store.put(u));
            assertFalse(store.put(u), "the same content is not stored again");
            assertArrayEquals(content, store.open(u.sha256()).readAllBytes());
            try (InputStream in = store.open(u.sha256())) {
                byte[] oneByOne = new byte[content.length];
                for (int i = 0; i < content.length; i++) {
                    oneByOne[i] = (byte) in.read();
                }
                assertEquals(-1, in.read());
                assertArrayEquals(content, oneByOne);
            }
        }
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select (select count(*) from pe_evidence_content), (select count(*) from pe_evidence_chunk)")) {
            r.next();
            assertEquals(1, r.getInt(1));
            assertEquals(3, r.getInt(2));
        }
    }

    @Test
    void theFileSystemStoreKeepsEachContentOnceUnderItsHash() throws IOException {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir.resolve("content"));
        byte[] content = noise(100_000, 9);
        try (SpooledUpload u = spool(content); SpooledUpload same = spool(Arrays.copyOf(content, content.length))) {
            assertTrue(store.put(u));
            assertFalse(store.put(same));
            assertArrayEquals(content, store.open(u.sha256()).readAllBytes());
            try (Stream<Path> files = Files.walk(dir.resolve("content"))) {
                assertEquals(1, files.filter(Files::isRegularFile).count(), "one file, no temporary left");
            }
        }
    }
}
