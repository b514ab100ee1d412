package org.perfeval.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** What the sheets of one streamed workbook share: its styles (made once: a workbook holds at most 64,000), text cells and sheet names. */
final class WorkbookStyles {

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle figure;
    private final TextCells text;
    private final SheetNames names = new SheetNames();

    WorkbookStyles(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        this.header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        this.figure = workbook.createCellStyle();
        figure.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        this.text = new TextCells(workbook);
    }

    SXSSFWorkbook workbook() {
        return workbook;
    }

    CellStyle header() {
        return header;
    }

    CellStyle figure() {
        return figure;
    }

    TextCells text() {
        return text;
    }

    SheetNames names() {
        return names;
    }
}
