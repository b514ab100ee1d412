package org.perfeval.selfevaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.perfeval.common.FieldError;

/**
 * The forms of an uploaded Excel batch, one at a time: a workbook (.xlsx) or a zip of workbooks,
 * told apart by their entries, not their names. Each workbook of a zip is copied to a temporary
 * file and read sheet by sheet, so memory holds one sheet whatever the batch's size; a workbook that
 * cannot be opened is one reading with an error, and the batch goes on.
 */
public final class FormBatches {

    /** What one workbook of a zip may unpack to: a workbook of a few hundred forms is far below. */
    static final long MAX_WORKBOOK_BYTES = 64L * 1024 * 1024;

    private FormBatches() {
    }

    public static void read(Path file, String name, Path workDirectory, Consumer<FormSheet.Reading> each) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                FormWorkbooks.read(file, name, each);
                return;
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                    continue;
                }
                readWorkbook(zip, entry, workDirectory, each);
            }
        }
    }

    private static void readWorkbook(ZipFile zip, ZipEntry entry, Path workDirectory, Consumer<FormSheet.Reading> each)
            throws IOException {
        Files.createDirectories(workDirectory);
        Path workbook = Files.createTempFile(workDirectory, "workbook-", ".xlsx");
        try {
            if (!copyBounded(zip, entry, workbook)) {
                each.accept(unreadable(entry.getName(), "工作簿解压后超过" + MAX_WORKBOOK_BYTES / (1024 * 1024)
                        + " MB (workbook too large)"));
                return;
            }
            try {
                FormWorkbooks.read(workbook, entry.getName(), each);
            } catch (IOException notAWorkbook) {
                each.accept(unreadable(entry.getName(), "不是有效的 Excel (.xlsx) 文件 (not an xlsx workbook)"));
            }
        } finally {
            Files.deleteIfExists(workbook);
        }
    }

    private static boolean copyBounded(ZipFile zip, ZipEntry entry, Path target) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                copied += n;
                if (copied > MAX_WORKBOOK_BYTES) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static FormSheet.Reading unreadable(String source, String message) {
        return new FormSheet.Reading(source, null, List.of(new FieldError(source, message)));
    }
}
