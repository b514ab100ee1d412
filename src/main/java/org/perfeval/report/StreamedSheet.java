package org.perfeval.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written as a stream into one worksheet of an {@link SXSSFWorkbook}: its header row bold and
 * frozen, then rows appended; when the sheet is full (1,048,576 rows) the table carries on in a sheet
 * named “…续”. Numbers are numeric cells in 0.00, text goes through {@link TextCells}.
 */
final class StreamedSheet {

    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final WorkbookStyles styles;
    private final String name;
    private final List<String> headers;
    private final int[] widths;
    private SXSSFSheet sheet;
    private Row row;
    private int next;

    /** A sheet named as close to {@code name} as Excel and the workbook's other sheets allow. */
    StreamedSheet(WorkbookStyles styles, String name, List<String> headers, int[] widths) {
        if (headers.size() != widths.length) {
            throw new IllegalArgumentException(headers.size() + " headers for " + widths.length + " widths");
        }
        this.styles = styles;
        this.name = name;
        this.headers = List.copyOf(headers);
        this.widths = widths.clone();
        this.sheet = start(styles.names().unique(name));
    }

    private SXSSFSheet start(String sheetName) {
        SXSSFSheet s = styles.workbook().createSheet(sheetName);
        Row head = s.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellStyle(styles.header());
            styles.text().write(cell, headers.get(c));
            s.setColumnWidth(c, widths[c] * 256);
        }
        s.createFreezePane(0, 1);
        next = 1;
        return s;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** Starts the next row; the cells of it follow. */
    StreamedSheet row() {
        if (next == MAX_ROWS) {
            flush();
            sheet = start(styles.names().unique(name + "续"));
        }
        row = sheet.createRow(next++);
        return this;
    }

    StreamedSheet text(int column, String value) {
        if (value != null && !value.isEmpty()) {
            styles.text().write(row, column, value);
        }
        return this;
    }

    /** A figure as a numeric cell in 0.00; a blank cell for none. */
    StreamedSheet number(int column, BigDecimal value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            // the cell's one conversion to Excel's binary number; every figure was computed in BigDecimal
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.figure());
        }
        return this;
    }

    StreamedSheet integer(int column, long value) {
        row.createCell(column).setCellValue(value);
        return this;
    }

    /** Writes the rows still in memory to the workbook's temporary file: a finished sheet keeps none. */
    void flush() {
        try {
            sheet.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
