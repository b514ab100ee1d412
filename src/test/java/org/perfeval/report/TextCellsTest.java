package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which text is quoted, and that quoting keeps the cell's own style and costs one style, not one per cell. */
class TextCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "=", "-", "＝1+1", "＠A1"})
    void textStartingLikeAFormulaIsQuoted(String text) {
        assertTrue(TextCells.startsLikeFormula(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "达成", "≥11个", "1-2", "a=b", " =1", "29.89%"})
    void otherTextIsNot(String text) {
        assertFalse(TextCells.startsLikeFormula(text));
    }

    @Test
    void aQuotedCellKeepsItsOwnStyleWhichStaysUnquotedForOtherCells() throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row row = wb.createSheet("s").createRow(0);
            Cell cell = row.createCell(0);
            cell.setCellStyle(bold);

            new TextCells(wb).write(cell, "=1+1");

            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("=1+1", cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getQuotePrefixed());
            assertTrue(wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold());
            assertFalse(bold.getQuotePrefixed());
        }
    }

    @Test
    void manyQuotedCellsShareOneQuotedStyle() throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            int before = wb.getNumCellStyles();
            TextCells text = new TextCells(wb);
            Row row = wb.createSheet("s").createRow(0);
            for (int c = 0; c < 500; c++) {
                text.write(row, c, "=A" + c);
            }
            assertEquals(before + 1, wb.getNumCellStyles());
            assertEquals(row.getCell(0).getCellStyle().getIndex(), row.getCell(499).getCellStyle().getIndex());
        }
    }

    /** An audit entry of a large target table is longer than a cell holds: cut with "…", not a failed export. */
    @Test
    void textLongerThanACellHoldsIsCutNotRefused() throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("s").createRow(0);
            Cell cell = new TextCells(wb).write(row, 0, "=" + "指".repeat(40_000));
            assertEquals(32_767, cell.getStringCellValue().length());
            assertTrue(cell.getStringCellValue().startsWith("=指") && cell.getStringCellValue().endsWith("…"));
            assertTrue(cell.getCellStyle().getQuotePrefixed());
            assertEquals("短", TextCells.fitted("短"));
        }
    }
}
