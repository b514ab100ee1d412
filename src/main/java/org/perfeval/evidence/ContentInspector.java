package org.perfeval.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.perfeval.common.ValidationException;

/**
 * Finds what a spooled upload is from its bytes, never from its name: the signatures of PDF and the
 * common images, the OLE2 container of old Word and Excel files (by the streams inside), and zip,
 * whose entries tell a .docx or .xlsx from a plain archive. Archives (Office files included) are
 * inflated once to refuse zip bombs: too many entries, too much inflated, or an inflation ratio no
 * real document has, nested archives counted against the same budget.
 */
public final class ContentInspector {

    /** Entries in one archive, nested ones included. */
    static final int MAX_ENTRIES = 10_000;
    /** Inflated bytes an archive may hold in all, whatever its size. */
    static final long MAX_INFLATED = 2L * 1024 * 1024 * 1024;
    /** Inflated bytes per stored byte beyond the first megabytes: office files reach 20 to 30, bombs thousands. */
    static final long MAX_RATIO = 200;
    private static final long RATIO_ALLOWANCE = 16L * 1024 * 1024;
    private static final int NESTING = 3;

    private ContentInspector() {
    }

    /** The type of the file, or a 422 on {@code field} that names the file and says what is wrong. */
    public static FileType inspect(Path file, String name, String field) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw refused(field, "文件「" + name + "」是空文件 (empty file)");
            }
            FileType type = bySignature(file, name, field, size);
            FileType.claimedBy(name).filter(claimed -> !type.answersTo(claimed)).ifPresent(claimed -> {
                throw refused(field, "文件「" + name + "」的扩展名表示" + claimed + "，但内容是" + type.family()
                        + " (the name says " + claimed.name() + ", the content is " + type.family().name() + ")");
            });
            return type;
        } catch (IOException e) {
            throw refused(field, "文件「" + name + "」无法读取 (unreadable file)");
        }
    }

    private static FileType bySignature(Path file, String name, String field, long size) throws IOException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        byte[] h = Arrays.copyOf(head, n);
        if (starts(h, "%PDF-")) {
            return FileType.PDF;
        }
        if (starts(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return FileType.PNG;
        }
        if (starts(h, 0xFF, 0xD8, 0xFF)) {
            return FileType.JPEG;
        }
        if (starts(h, "GIF87a") || starts(h, "GIF89a")) {
            return FileType.GIF;
        }
        if (starts(h, "RIFF") && n >= 12 && new String(h, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")) {
            return FileType.WEBP;
        }
        if (starts(h, "BM") && n >= 6 && littleEndianInt(h, 2) == size) {
            return FileType.BMP;
        }
        if (starts(h, 'I', 'I', 0x2A, 0x00) || starts(h, 'M', 'M', 0x00, 0x2A)) {
            return FileType.TIFF;
        }
        if (starts(h, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return oldOffice(file, name, field);
        }
        if (starts(h, 'P', 'K', 3, 4) || starts(h, 'P', 'K', 5, 6)) {
            return archive(file, name, field, size);
        }
        throw refused(field, "文件「" + name + "」的内容不是可接受的类型：PDF、图片、Word、Excel 或 zip"
                + " (content is not PDF, image, Word, Excel or zip)");
    }

    private static FileType oldOffice(Path file, String name, String field) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return FileType.DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return FileType.XLS;
            }
            if (root.hasEntry("EncryptedPackage")) {
                throw refused(field, "文件「" + name + "」是加密的文档，请去除密码后上传 (encrypted document)");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw refused(field, "文件「" + name + "」已损坏，无法读取 (damaged file)");
        }
        throw refused(field, "文件「" + name + "」不是 Word 或 Excel 文档 (OLE2 file of another kind)");
    }

    private static FileType archive(Path file, String name, String field, long size) {
        boolean word = false;
        boolean excel = false;
        Budget budget = new Budget(size);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                word |= entry.getName().equals("word/document.xml");
                excel |= entry.getName().equals("xl/workbook.xml");
                try (InputStream in = zip.getInputStream(entry)) {
                    budget.inflate(in, entry.getName(), 1, name, field);
                }
            }
        } catch (ZipException e) {
            throw refused(field, "文件「" + name + "」不是完整的 zip 文件 (damaged archive)");
        } catch (IOException e) {
            throw refused(field, "文件「" + name + "」无法解压 (archive cannot be read)");
        }
        if (budget.entries == 0) {
            throw refused(field, "文件「" + name + "」是空的压缩包 (empty archive)");
        }
        return word ? FileType.DOCX : excel ? FileType.XLSX : FileType.ZIP;
    }

    /** What an archive may still inflate, shared by the archives inside it. */
    private static final class Budget {
        private final long limit;
        private long inflated;
        private int entries;

        Budget(long stored) {
            limit = Math.min(MAX_INFLATED, RATIO_ALLOWANCE + MAX_RATIO * stored);
        }

        void inflate(InputStream in, String entryName, int depth, String name, String field) throws IOException {
            if (++entries > MAX_ENTRIES) {
                throw bomb(name, field);
            }
            byte[] buffer = new byte[64 * 1024];
            byte[] head = null;
            boolean nested = depth < NESTING && entryName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
            if (nested) {
                // the inner archive is inflated through the same budget instead of being counted as bytes
                try (ZipInputStream inner = new ZipInputStream(new CountingStream(in, this, name, field))) {
                    for (ZipEntry e = inner.getNextEntry(); e != null; e = inner.getNextEntry()) {
                        inflate(inner, e.getName(), depth + 1, name, field);
                    }
                }
                return;
            }
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count(n, name, field);
            }
        }

        void count(long n, String name, String field) {
            inflated += n;
            if (inflated > limit) {
                throw bomb(name, field);
            }
        }

        private static ValidationException bomb(String name, String field) {
            return refused(field, "文件「" + name + "」解压后过大或条目过多，疑似压缩炸弹 (archive inflates too far: zip bomb)");
        }
    }

    /** Counts what an inner archive's own bytes take from the budget as they are read. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final Budget budget;
        private final String name;
        private final String field;

        CountingStream(InputStream in, Budget budget, String name, String field) {
            super(in);
            this.budget = budget;
            this.name = name;
            this.field = field;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                budget.count(1, name, field);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                budget.count(n, name, field);
            }
            return n;
        }
    }

    private static boolean starts(byte[] h, String ascii) {
        return starts(h, ascii.chars().toArray());
    }

    private static boolean starts(byte[] h, int... signature) {
        if (h.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((h[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static long littleEndianInt(byte[] h, int at) {
        return (h[at] & 0xFFL) | (h[at + 1] & 0xFFL) << 8 | (h[at + 2] & 0xFFL) << 16 | (h[at + 3] & 0xFFL) << 24;
    }

    private static ValidationException refused(String field, String message) {
        return ValidationException.of(field, message);
    }
}
