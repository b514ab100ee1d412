package org.perfeval.selfevaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Generated forms as .xlsx, one per worksheet (自评表1, 自评表2 …), with POI's streaming workbook in
 * its deferred form: each sheet's rows are rendered while the workbook is written, straight into the
 * file, and dropped after; no row is held in memory or in a temporary file. What stays per sheet is
 * POI's sheet skeleton with its merged regions, and POI creates and writes each sheet by scanning all
 * the others: right for batches of hundreds, while {@link XlsxStreamWriter} writes tens of thousands.
 */
final class FormWorkbookWriter {

    private static final String SHEET = "自评表";

    private FormWorkbookWriter() {
    }

    static void write(Path file, List<GeneratedForm> forms) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, forms);
        }
    }

    static void writeZip(Path file, List<List<GeneratedForm>> workbooks) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int k = 0; k < workbooks.size(); k++) {
                zip.putNextEntry(new ZipEntry(workbookName(k)));
                List<GeneratedForm> forms = workbooks.get(k);
                write(new KeepOpenOutputStream(zip), forms);
                zip.closeEntry();
            }
        }
    }

    /** The name of the k-th workbook (0-based) in a zip. */
    static String workbookName(int k) {
        return "自评表汇总（第" + (k + 1) + "册）.xlsx";
    }

    static String sheetName(int index) {
        return SHEET + (index + 1);
    }

    private static void write(OutputStream out, List<GeneratedForm> forms) throws IOException {
        DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook();
        try {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            for (int i = 0; i < forms.size(); i++) {
                GeneratedForm form = forms.get(i);
                DeferredSXSSFSheet sheet = workbook.createSheet(sheetName(i));
                sheet.setDefaultColumnWidth(16);
                // merged regions belong to the sheet's skeleton, written before any row: declared now, the rows rendered again later
                SheetRenderer.render(form).merges().forEach(sheet::addMergedRegion);
                sheet.setRowGenerator(s -> fill(s, SheetRenderer.render(form), percent));
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void fill(SXSSFSheet sheet, SheetRenderer.RenderedSheet rendered, CellStyle percent) {
        for (SheetRenderer.Row r : rendered.rows()) {
            SXSSFRow row = sheet.createRow(r.index());
            for (SheetRenderer.Cell c : r.cells()) {
                SXSSFCell cell = row.createCell(c.column());
                switch (c.style()) {
                    case TEXT -> cell.setCellValue(c.text());
                    case NUMBER -> cell.setCellValue(c.number().doubleValue());
                    case PERCENT -> {
                        cell.setCellValue(c.number().doubleValue());
                        cell.setCellStyle(percent);
                    }
                }
            }
        }
    }
}
