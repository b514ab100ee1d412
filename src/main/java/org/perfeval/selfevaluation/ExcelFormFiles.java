package org.perfeval.selfevaluation;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.perfeval.common.ValidationException;

/** Forms in Excel: a workbook (.xlsx), one form per worksheet, or a zip of workbooks. */
@ApplicationScoped
public class ExcelFormFiles implements FormFileReader {

    private static final String WORKBOOK_PART = "xl/workbook.xml";
    private static final Pattern SHEET = Pattern.compile("<(\\w+:)?sheet\\s");
    /** The workbook part names its sheets; it is small even for a workbook of thousands of them. */
    private static final int MAX_WORKBOOK_PART = 16 * 1024 * 1024;

    @Override
    public UploadKind kind() {
        return UploadKind.EXCEL;
    }

    @Override
    public int count(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry workbook = zip.getEntry(WORKBOOK_PART);
            if (workbook != null) {
                try (InputStream in = zip.getInputStream(workbook)) {
                    return sheets(in);
                }
            }
            int forms = 0;
            int workbooks = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                    workbooks++;
                    forms += Math.max(1, sheetsOfInner(zip, entry));
                }
            }
            if (workbooks == 0) {
                throw notExcel(name);
            }
            return forms;
        } catch (ZipException e) {
            throw notExcel(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void read(Path file, String name, Path workDirectory, Consumer<FormSheet.Reading> each) {
        try {
            FormBatches.read(file, null, workDirectory, each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheets of a workbook inside the zip, or 0 when it is no workbook (it is then one unreadable form). */
    private static int sheetsOfInner(ZipFile zip, ZipEntry entry) throws IOException {
        try (ZipInputStream inner = new ZipInputStream(zip.getInputStream(entry))) {
            for (ZipEntry part = inner.getNextEntry(); part != null; part = inner.getNextEntry()) {
                if (part.getName().equals(WORKBOOK_PART)) {
                    return sheets(inner);
                }
            }
        } catch (ZipException notAWorkbook) {
            return 0;
        }
        return 0;
    }

    private static int sheets(InputStream workbookPart) throws IOException {
        byte[] bytes = workbookPart.readNBytes(MAX_WORKBOOK_PART);
        Matcher m = SHEET.matcher(new String(bytes, StandardCharsets.UTF_8));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static ValidationException notExcel(String name) {
        return ValidationException.of("file", "「" + name + "」不是 Excel (.xlsx) 工作簿，也不是装有工作簿的 zip 压缩包"
                + " (not an xlsx workbook or a zip of them)");
    }
}
