package org.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded workbook only when it is the size of an indicator table: a zip bomb is found by
 * inflating it once into nothing, stopping at the limit, so that it costs milliseconds and never the
 * heap (which an engine thread shares).
 */
final class SafeWorkbooks {

    private SafeWorkbooks() {
    }

    /** A sheet of a few hundred indicators unpacks to well under a megabyte; anything much larger is refused unread. */
    static final long MAX_UNPACKED_ENTRY = 8L * 1024 * 1024;
    /** Inflates the archive once into nothing, stopping at the limit: a bomb costs milliseconds, not the heap. */
    private static void refuseOversizedArchive(byte[] xlsx) {
        long total = 0;
        byte[] sink = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            while (zip.getNextEntry() != null) {
                for (int n; (n = zip.read(sink)) > 0; ) {
                    total += n;
                    if (total > MAX_UNPACKED_TOTAL) {
                        throw new UnreadableFileException("文件解压后超过24 MB，不像是指标表 (the workbook unpacks to more than 24 MB)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFileException("不是有效的 Excel (.xlsx) 文件 (not an xlsx workbook)");
        }
    }

    /** Rows and columns a target or score table may have. */
    static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 40;

    static {
        // POI's guards are process-wide: an entry that unpacks beyond this size or ratio is not inflated
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_ENTRY);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    /** What all the workbook's parts may unpack to together. */
    static final long MAX_UNPACKED_TOTAL = 24L * 1024 * 1024;

    static Workbook open(byte[] xlsx) {
        refuseOversizedArchive(xlsx);
        Workbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
            if (why.contains("Zip bomb") || why.contains("max size") || why.contains("exceed")) {
                throw new UnreadableFileException("文件解压后过大，不像是指标表（单个部分上限8 MB） (the workbook unpacks to more than 8 MB)");
            }
            throw new UnreadableFileException("不是有效的 Excel (.xlsx) 文件 (not an xlsx workbook)");
        }
        for (Sheet sheet : wb) {
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new UnreadableFileException("工作表“" + sheet.getSheetName() + "”超过" + MAX_ROWS + "行 (more than "
                        + MAX_ROWS + " rows)");
            }
            Row header = sheet.getRow(0);
            if (header != null && header.getLastCellNum() > MAX_COLUMNS) {
                throw new UnreadableFileException("工作表“" + sheet.getSheetName() + "”超过" + MAX_COLUMNS + "列 (more than "
                        + MAX_COLUMNS + " columns)");
            }
        }
        return wb;
    }

}
