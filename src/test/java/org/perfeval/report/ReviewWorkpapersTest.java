package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.selfevaluation.ReviewFixtures.clean;
import static org.perfeval.selfevaluation.ReviewFixtures.desk;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfeval.common.Weight;
import org.perfeval.selfevaluation.FormIndicator;
import org.perfeval.selfevaluation.ReviewFixtures;
import org.perfeval.selfevaluation.ReviewedForm;
import org.perfeval.selfevaluation.SelfEvaluationForm;

/**
 * The 复核底稿 workbook, read back with POI: its sheets and headers, an indicator rechecked on site beside
 * one only recomputed, the execution rate's row, the deviation sheet, the department sheets (named as
 * Excel allows) and user text that looks like a formula kept as text.
 */
class ReviewWorkpapersTest {

    private static final int ID = 0;
    private static final int DEPARTMENT = 1;
    private static final int PROJECT = 3;
    private static final int PATH = 4;
    private static final int NATURE = 8;
    private static final int TARGET = 9;
    private static final int WEIGHT = 10;
    private static final int SELF_ACTUAL = 11;
    private static final int SELF_SCORE = 12;
    private static final int REVIEWED_ACTUAL = 13;
    private static final int REVIEWED_SCORE = 14;
    private static final int METHOD = 15;
    private static final int REMARK = 16;

    private static Workbook open(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static Workbook sixForms() throws Exception {
        return open(ReviewWorkpapers.export(ReviewFixtures.batch(ReviewFixtures.sampling(), Map.of()), ReviewFixtures.sixForms()));
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return out;
    }

    /** The row of the form's indicator (or 预算执行率) in the sheet. */
    private static Row row(Sheet sheet, long formId, String path) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && (long) r.getCell(ID).getNumericCellValue() == formId
                    && r.getCell(PATH).getStringCellValue().equals(path)) {
                return r;
            }
        }
        throw new AssertionError("no row " + formId + " " + path);
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "column " + column);
        assertEquals("0.00", cell.getCellStyle().getDataFormatString());
        return cell.getNumericCellValue();
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    @Test
    void theSheetsAreTheWorkpapersTheDeviationsTheBatchAndOnePerDepartment() throws Exception {
        try (Workbook wb = sixForms()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("复核底稿", "偏差", "批次说明", "甲局", "乙局", "丙局"), names);
            for (Sheet sheet : wb) {
                Row header = sheet.getRow(0);
                assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), sheet.getSheetName());
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "header frozen in " + sheet.getSheetName());
            }
            assertEquals(ReviewWorkpapers.INDICATOR_COLUMNS, texts(wb.getSheet("复核底稿").getRow(0)));
            assertEquals(ReviewWorkpapers.INDICATOR_COLUMNS, texts(wb.getSheet("乙局").getRow(0)));
            assertEquals(ReviewWorkpapers.DEVIATION_COLUMNS, texts(wb.getSheet("偏差").getRow(0)));
            assertEquals(6 * 3, wb.getSheet("复核底稿").getLastRowNum(), "the execution rate and two indicators per form");
            assertEquals(2 * 3, wb.getSheet("甲局").getLastRowNum());
            assertEquals(3 * 3, wb.getSheet("乙局").getLastRowNum());
            assertEquals(1 * 3, wb.getSheet("丙局").getLastRowNum());
            for (Row r : wb.getSheet("乙局")) {
                if (r.getRowNum() > 0) {
                    assertEquals("乙局", text(r, DEPARTMENT));
                }
            }
            String batch = texts(wb.getSheet("批次说明").getRow(6)).toString() + texts(wb.getSheet("批次说明").getRow(1));
            assertTrue(batch.contains("随机种子20240601") && batch.contains("2023年度市级项目自评复核"), batch);
        }
    }

    @Test
    void aRecheckedIndicatorShowsTheOnSiteFiguresBesideTheUnits() throws Exception {
        try (Workbook wb = sixForms()) {
            Row r = row(wb.getSheet("复核底稿"), 2, ReviewFixtures.QUANTITY);
            assertEquals("乙项目", text(r, PROJECT));
            assertEquals(List.of("产出指标", "数量指标", "完成数量"), List.of(text(r, 5), text(r, 6), text(r, 7)));
            assertEquals("定量", text(r, NATURE));
            assertEquals("≥10个", text(r, TARGET));
            assertEquals(50, number(r, WEIGHT));
            assertEquals("5个", text(r, SELF_ACTUAL));
            assertEquals(50, number(r, SELF_SCORE));
            assertEquals("4个", text(r, REVIEWED_ACTUAL));
            assertEquals(20, number(r, REVIEWED_SCORE));
            assertEquals("现场复核", text(r, METHOD));
            assertEquals("现场核实仅完成4个；指标自评得分偏高：得分填报为50分，按年度指标值≥10个、实际完成值5个计算应为25分", text(r, REMARK));
            Row same = row(wb.getSheet("甲局"), 2, ReviewFixtures.QUANTITY);
            assertEquals(texts(r), texts(same), "the department's sheet repeats the row");
        }
    }

    @Test
    void anIndicatorNotRecheckedKeepsTheUnitsValueAndTheRecomputedScore() throws Exception {
        try (Workbook wb = sixForms()) {
            Sheet sheet = wb.getSheet("复核底稿");
            Row partly = row(sheet, 3, ReviewFixtures.QUANTITY);
            assertEquals("8个", text(partly, SELF_ACTUAL));
            assertEquals("8个", text(partly, REVIEWED_ACTUAL));
            assertEquals(40, number(partly, REVIEWED_SCORE));
            assertEquals("书面复核", text(partly, METHOD));
            assertNull(partly.getCell(REMARK), "nothing to remark");
            // the qualitative indicator of the form rechecked on site was not itself rechecked
            Row qualitative = row(sheet, 2, ReviewFixtures.SATISFACTION);
            assertEquals("定性", text(qualitative, NATURE));
            assertEquals("满意", text(qualitative, REVIEWED_ACTUAL));
            assertEquals(40, number(qualitative, REVIEWED_SCORE));
            assertEquals("书面复核", text(qualitative, METHOD));
            Row execution = row(sheet, 4, "预算执行率");
            assertEquals("50%", text(execution, SELF_ACTUAL));
            assertEquals("50%", text(execution, REVIEWED_ACTUAL));
            assertEquals(10, number(execution, WEIGHT));
            assertEquals(5, number(execution, REVIEWED_SCORE));
            assertTrue(text(execution, REMARK).startsWith("全年执行数50万元，全年预算数100万元"), text(execution, REMARK));
        }
    }

    @Test
    void theDeviationSheetHasARowPerFormWithItsTotalsAndFlags() throws Exception {
        try (Workbook wb = sixForms()) {
            Sheet sheet = wb.getSheet("偏差");
            assertEquals(6, sheet.getLastRowNum());
            Row rechecked = sheet.getRow(2);
            assertEquals(2, (long) rechecked.getCell(ID).getNumericCellValue());
            assertEquals("乙项目", text(rechecked, PROJECT));
            assertEquals(List.of(100.0, 100.0, 100.0, 75.0, 25.0, 70.0, 30.0),
                    List.of(4, 5, 6, 7, 8, 9, 10).stream().map(c -> number(rechecked, c)).toList());
            assertEquals(List.of("现场复核", "SCORE_OVERSTATED", "指标自评得分偏高", "已整改"),
                    List.of(text(rechecked, 11), text(rechecked, 12), text(rechecked, 13), text(rechecked, 14)));
            Row blank = sheet.getRow(5);
            assertEquals("戊项目", text(blank, PROJECT));
            assertNull(blank.getCell(6), "no printed total");
            assertNull(blank.getCell(10), "hence no deviation");
            assertEquals(-5.26, number(sheet.getRow(6), 10), 1e-9);
        }
    }

    @Test
    void departmentSheetsAreNamedAsExcelAllowsEachOnce() throws Exception {
        String longName = "某某市某某区人民政府办公室下属事业单位机关事务服务中心综合保障科";
        List<ReviewedForm> forms = List.of(desk(1, clean("甲", "财政/局[测试]:*?")), desk(2, clean("乙", "'复核底稿'")),
                desk(3, clean("丙", longName)), desk(4, clean("丁", longName + "二")), desk(5, clean("戊", "Abc")),
                desk(6, clean("己", "ABC")), desk(7, clean("庚", " ")));
        try (Workbook wb = open(ReviewWorkpapers.export(ReviewFixtures.batch(null, Map.of()), forms))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("复核底稿", "偏差", "批次说明", "财政_局_测试____", "复核底稿(2)", longName.substring(0, 31),
                    longName.substring(0, 28) + "(2)", "Abc", "ABC(2)", "未命名"), names);
            assertEquals(3, wb.getSheet("复核底稿(2)").getLastRowNum(), "a department named like a fixed sheet has its own");
        }
    }

    @Test
    void aDepartmentThatComesBackContinuesItsSheetBeyondTheWindow() throws Exception {
        List<ReviewedForm> forms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            forms.add(desk(i, clean("项目" + i, "甲局")));
        }
        forms.add(desk(40, clean("插入", "乙局")));
        forms.add(desk(41, clean("回来", "甲局")));
        try (Workbook wb = open(ReviewWorkpapers.export(ReviewFixtures.batch(null, Map.of()), forms))) {
            Sheet first = wb.getSheet("甲局");
            assertEquals(41 * 3, first.getLastRowNum(), "more rows than the streaming window of 100, flushed and continued");
            assertEquals("回来", text(first.getRow(first.getLastRowNum()), PROJECT));
            assertEquals(1 * 3, wb.getSheet("乙局").getLastRowNum());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        String payload = "=HYPERLINK(\"http://x\",\"y\")";
        SelfEvaluationForm base = clean(payload, "+部门");
        List<FormIndicator> indicators = List.of(new FormIndicator(List.of("@SUM(A1)", "-2+3", "=cmd|' /C calc'!A0"), "=1+1",
                "-1", new Weight(new BigDecimal(90)), new BigDecimal(90), "=原因"));
        SelfEvaluationForm form = new SelfEvaluationForm(2023, payload, "+部门", "@单位", base.funds(), "", "", indicators,
                new BigDecimal(100));
        try (Workbook wb = open(ReviewWorkpapers.export(ReviewFixtures.batch(null, Map.of()), List.of(desk(9, form))))) {
            int formulas = 0;
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            formulas++;
                        }
                        if (c.getCellType() == CellType.STRING && TextCells.startsLikeFormula(c.getStringCellValue())) {
                            assertTrue(c.getCellStyle().getQuotePrefixed(), sheet.getSheetName() + "!" + c.getAddress());
                        }
                    }
                }
            }
            assertEquals(0, formulas);
            Row r = wb.getSheet("复核底稿").getRow(2);
            assertEquals(payload, text(r, PROJECT));
            assertEquals("=1+1", text(r, TARGET));
            assertEquals("-1", text(r, REVIEWED_ACTUAL));
            assertNotEquals(null, wb.getSheet("+部门"), "the sheet name itself is no formula and kept");
        }
    }
}
