package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;
import org.perfeval.indicator.ActualValue;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Judgment;
import org.perfeval.indicator.Level;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.Tier;
import org.perfeval.scoring.Grade;
import org.perfeval.scoring.IndicatorResult;
import org.perfeval.scoring.ScoreResult;

/**
 * Text a user typed that Excel would take for a formula comes out of the table export as quoted
 * text, exactly as typed, read back from the written bytes; numbers stay numbers.
 */
class ScoreTableFormulaInjectionTest {

    /** The payloads of the hardening issue: DDE, plain arithmetic, a function, a link. */
    static List<String> payloads() {
        return List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")");
    }

    /** The payloads and the same behind a tab or a carriage return, which Excel also skips before a formula. */
    static List<String> formulaStarts() {
        List<String> all = new ArrayList<>(payloads());
        all.add("\t=1+1");
        all.add("\r=1+1");
        return all;
    }

    private static final Weight WEIGHT = new Weight(new BigDecimal("2.5"));
    private static final int TARGET_WEIGHT = 3;
    private static final int SCORE_ACTUAL = 4;
    private static final int SCORE_WEIGHT = 5;
    private static final int SCORE_POINTS = 6;
    private static final int SCORE_REASON = 7;
    /** Columns of user text: the path, the target (年度指标值) and, in the score table, the actual value and reason. */
    private static final List<Integer> TARGET_TEXT = List.of(0, 1, 2, 4);
    private static final List<Integer> SCORE_TEXT = List.of(0, 1, 2, 3, SCORE_ACTUAL, SCORE_REASON);

    /** An indicator whose every text field is the given text, judged partly achieved with the reason the same text. */
    private static Indicator everywhere(String text) {
        return new Indicator(List.of(text, text, text), WEIGHT, text, Optional.empty(), null, List.of(), true,
                Indicator.Actual.of(text), Level.PARTLY, new BigDecimal("1.5"), text);
    }

    private static Indicator named(String name, String target, Indicator.Actual actual) {
        return new Indicator(List.of("产出指标", "数量指标", name), WEIGHT, target, Optional.empty(), null, List.of(), true,
                actual, null, null, null);
    }

    private static IndicatorResult deducted(Indicator ind, String explanation) {
        return new IndicatorResult(ind.path(), ind.weight(), null, Score.of("1.5"), IndicatorResult.Method.OVERRIDE, explanation);
    }

    private static ScoreResult scored(List<IndicatorResult> results) {
        return new ScoreResult(Score.of("1.5"), Grade.POOR, Map.of(), results, List.of(), List.of(), List.of(), List.of());
    }

    private static ScoreSheet sheetOf(List<Indicator> indicators) {
        return ScoreSheet.EMPTY.withIndicators(indicators);
    }

    private static Workbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static Cell cell(Workbook wb, String sheet, int row, int column) {
        return wb.getSheet(sheet).getRow(row).getCell(column);
    }

    private static void assertQuotedText(String expected, Cell cell) {
        String at = cell.getSheet().getSheetName() + "!" + cell.getAddress();
        assertEquals(CellType.STRING, cell.getCellType(), at);
        assertEquals(expected, cell.getStringCellValue(), at);
        assertTrue(cell.getCellStyle().getQuotePrefixed(), at + " should be quote-prefixed");
    }

    private static void assertPlain(Cell cell) {
        assertFalse(cell.getCellStyle().getQuotePrefixed(), cell.getSheet().getSheetName() + "!" + cell.getAddress());
    }

    private static void assertNumber(double expected, Cell cell) {
        String at = cell.getSheet().getSheetName() + "!" + cell.getAddress();
        assertEquals(CellType.NUMERIC, cell.getCellType(), at);
        assertEquals(expected, cell.getNumericCellValue(), at);
        assertPlain(cell);
    }

    private static void assertNoFormulaAnywhere(Workbook wb) {
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    assertNotEquals(CellType.FORMULA, c.getCellType(), sheet.getSheetName() + "!" + c.getAddress());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formulaStarts")
    void formulaLikeTextInEveryTextColumnOfBothTablesIsQuotedTextKeptExactly(String payload) throws Exception {
        Indicator ind = everywhere(payload);
        byte[] xlsx = ScoreTableExport.export(sheetOf(List.of(ind)), scored(List.of(deducted(ind, "按评价标准扣分"))));
        try (Workbook wb = read(xlsx)) {
            for (int column : TARGET_TEXT) {
                assertQuotedText(payload, cell(wb, ScoreTables.TARGET_SHEET, 1, column));
            }
            for (int column : SCORE_TEXT) {
                assertQuotedText(payload, cell(wb, ScoreTables.SCORE_SHEET, 1, column));
            }
            assertNoFormulaAnywhere(wb);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void beforeScoringTheTextIsQuotedToo(String payload) throws Exception {
        byte[] xlsx = ScoreTableExport.export(sheetOf(List.of(everywhere(payload))), null);
        try (Workbook wb = read(xlsx)) {
            for (int column : TARGET_TEXT) {
                assertQuotedText(payload, cell(wb, ScoreTables.TARGET_SHEET, 1, column));
            }
            for (int column : List.of(0, 1, 2, 3, SCORE_ACTUAL)) {
                assertQuotedText(payload, cell(wb, ScoreTables.SCORE_SHEET, 1, column));
            }
            assertNoFormulaAnywhere(wb);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void theExplanationGivenForADeductionWithoutAReasonIsQuoted(String payload) throws Exception {
        Indicator ind = named("预算执行率", "≥90%", Indicator.Actual.of("85%"));
        byte[] xlsx = ScoreTableExport.export(sheetOf(List.of(ind)), scored(List.of(deducted(ind, payload))));
        try (Workbook wb = read(xlsx)) {
            assertQuotedText(payload, cell(wb, ScoreTables.SCORE_SHEET, 1, SCORE_REASON));
        }
    }

    @Test
    void aTierRuleStartingWithAMinusIsQuotedText() throws Exception {
        Indicator ind = Indicator.target(List.of("过程指标", "预算执行", "预算调整率"), WEIGHT, null, Formula.BUDGET_ADJUSTMENT_RATE,
                List.of(new Tier(new BigDecimal("-5"), BigDecimal.ONE), new Tier(null, BigDecimal.ZERO)), true);
        try (Workbook wb = read(ScoreTableExport.export(sheetOf(List.of(ind)), null))) {
            assertQuotedText("-5→1；其他→0", cell(wb, ScoreTables.TARGET_SHEET, 1, 6));
            assertPlain(cell(wb, ScoreTables.TARGET_SHEET, 1, 5)); // 预算调整率, the formula's name
        }
    }

    @Test
    void numbersStayNumericCells() throws Exception {
        Indicator ind = named("政府采购执行率", "-2+3", Indicator.Actual.of(new BigDecimal("29.89")));
        byte[] xlsx = ScoreTableExport.export(sheetOf(List.of(ind)), scored(List.of(deducted(ind, "=1+1"))));
        try (Workbook wb = read(xlsx)) {
            assertNumber(2.5, cell(wb, ScoreTables.TARGET_SHEET, 1, TARGET_WEIGHT));
            assertNumber(29.89, cell(wb, ScoreTables.SCORE_SHEET, 1, SCORE_ACTUAL));
            assertNumber(2.5, cell(wb, ScoreTables.SCORE_SHEET, 1, SCORE_WEIGHT));
            assertNumber(1.5, cell(wb, ScoreTables.SCORE_SHEET, 1, SCORE_POINTS));
        }
    }

    @Test
    void ordinaryTextAndTheHeadersAreLeftPlain() throws Exception {
        Indicator ind = named("新能源汽车园招商数量", "≥11个", Indicator.Actual.of("12个"));
        byte[] xlsx = ScoreTableExport.export(sheetOf(List.of(ind)), scored(List.of(deducted(ind, "未达到年度目标"))));
        try (Workbook wb = read(xlsx)) {
            for (String name : List.of(ScoreTables.TARGET_SHEET, ScoreTables.SCORE_SHEET)) {
                for (Cell c : wb.getSheet(name).getRow(0)) {
                    assertPlain(c);
                    assertTrue(wb.getFontAt(c.getCellStyle().getFontIndex()).getBold(), "header " + c.getAddress() + " bold");
                }
                for (Cell c : wb.getSheet(name).getRow(1)) {
                    assertPlain(c);
                }
            }
            assertEquals("新能源汽车园招商数量", cell(wb, ScoreTables.SCORE_SHEET, 1, 2).getStringCellValue());
            assertEquals("12个", cell(wb, ScoreTables.SCORE_SHEET, 1, SCORE_ACTUAL).getStringCellValue());
            assertEquals("未达到年度目标", cell(wb, ScoreTables.SCORE_SHEET, 1, SCORE_REASON).getStringCellValue());
        }
    }

    @Test
    void quotedTextReadsBackIntoTheTasksExactlyAsTyped() {
        List<Indicator> indicators = payloads().stream().map(ScoreTableFormulaInjectionTest::everywhere).toList();
        List<IndicatorResult> results = indicators.stream().map(ind -> deducted(ind, "按评价标准扣分")).toList();
        byte[] xlsx = ScoreTableExport.export(sheetOf(indicators), scored(results));

        List<Indicator> targets = ScoreTables.importTargets(xlsx).content();
        List<ActualValue> actuals = ScoreTables.importActuals(xlsx).content();
        List<Judgment> judgments = ScoreTables.importJudgments(xlsx).content();
        for (int i = 0; i < payloads().size(); i++) {
            String p = payloads().get(i);
            List<String> path = List.of(p, p, p);
            assertEquals(path, targets.get(i).path());
            assertEquals(p, targets.get(i).target());
            assertEquals(path, actuals.get(i).path());
            assertEquals(p, actuals.get(i).actual().text());
            assertFalse(actuals.get(i).actual().numeric(), p);
            assertEquals(p, judgments.get(i).reason());
        }
    }
}
