package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.SheetEditor;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.ScoreSheetJson;
import org.perfeval.json.ScoreSheetWriter;
import org.perfeval.scoring.JsonScoring;
import org.perfeval.scoring.ScoringService;

/** Export of the seed case's tables, import back into the tasks with the same scores, and bad spreadsheets. */
class ScoreTablesTest {

    private final JsonScoring scoring = new JsonScoring();

    private static JsonObject seed() throws Exception {
        try (var in = ScoreTablesTest.class.getResourceAsStream("/cases/seed-2022.json")) {
            return Json.createReader(in).readObject();
        }
    }

    private byte[] exported() throws Exception {
        JsonObject seed = seed();
        ScoreSheet sheet = ScoreSheetJson.read(seed, SheetRules.Stage.SCORING);
        return ScoreTableExport.export(sheet, new ScoringService().score(sheet));
    }

    @Test
    void exportHasTheColumnsOfTheNationalForm() throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported()))) {
            var scores = wb.getSheet(ScoreTables.SCORE_SHEET);
            List<String> header = new java.util.ArrayList<>();
            scores.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertTrue(header.containsAll(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因")));
            var row = scores.getRow(19); // 管理效率/制度管理/预算绩效管理制度健全性
            assertEquals("预算绩效管理制度健全性", row.getCell(2).getStringCellValue());
            assertEquals(0.5, row.getCell(6).getNumericCellValue());
            assertEquals("未成立预算绩效管理工作领导小组，未制定本单位预算绩效管理制度", row.getCell(7).getStringCellValue());
            assertEquals(30, wb.getSheet(ScoreTables.TARGET_SHEET).getLastRowNum());
        }
    }

    @Test
    void roundTripGivesTheSameScores() throws Exception {
        JsonObject seed = seed();
        byte[] xlsx = exported();
        ScoreSheet typed = SheetEditor.withTargets(ScoreSheet.EMPTY, ScoreTables.importTargets(xlsx).content());
        typed = SheetEditor.withFunds(typed, ScoreSheetJson.read(seed, SheetRules.Stage.SCORING).funds());
        typed = SheetEditor.withActuals(typed, ScoreTables.importActuals(xlsx).content(),
                ScoreSheetJson.read(seed, SheetRules.Stage.SCORING).checklist());
        typed = SheetEditor.withJudgments(typed, ScoreTables.importJudgments(xlsx).content());
        JsonObject sheet = ScoreSheetWriter.write(typed);
        JsonObject original = scoring.score(seed);
        JsonObject again = scoring.score(sheet);
        assertEquals(original.getJsonNumber("total"), again.getJsonNumber("total"));
        for (int i = 0; i < 30; i++) {
            assertEquals(original.getJsonArray("indicators").getJsonObject(i).getJsonNumber("score"),
                    again.getJsonArray("indicators").getJsonObject(i).getJsonNumber("score"), "indicator " + i);
        }
        assertEquals(original.get("findings"), again.get("findings"));
    }

    private static byte[] edit(byte[] xlsx, Consumer<Workbook> change) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); var out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> cells(ValidationException e) {
        return e.errors().stream().map(FieldError::path).toList();
    }

    @Test
    void wrongSheetIsNamed() throws Exception {
        byte[] xlsx = edit(exported(), wb -> wb.setSheetName(wb.getSheetIndex(ScoreTables.SCORE_SHEET), "Sheet1"));
        var e = assertThrows(ValidationException.class, () -> ScoreTables.importActuals(xlsx));
        assertEquals(List.of("评分表"), cells(e));
        assertTrue(e.errors().get(0).message().contains("Sheet1"));
    }

    @Test
    void missingColumnIsNamed() throws Exception {
        byte[] xlsx = edit(exported(), wb -> wb.getSheet(ScoreTables.SCORE_SHEET).getRow(0).getCell(4).setCellValue("完成情况"));
        var e = assertThrows(ValidationException.class, () -> ScoreTables.importActuals(xlsx));
        assertEquals(List.of("评分表!1"), cells(e));
        assertTrue(e.errors().get(0).message().contains("实际完成值"));
    }

    @Test
    void textInANumberCellIsNamedByCell() throws Exception {
        byte[] xlsx = edit(exported(), wb -> {
            wb.getSheet(ScoreTables.TARGET_SHEET).getRow(6).getCell(3).setCellValue("三分");
            wb.getSheet(ScoreTables.TARGET_SHEET).getRow(9).getCell(5).setCellValue("神秘公式");
        });
        var e = assertThrows(ValidationException.class, () -> ScoreTables.importTargets(xlsx));
        assertEquals(List.of("绩效目标表!D7", "绩效目标表!F10"), cells(e));
        assertTrue(e.errors().get(0).message().contains("三分"));
    }

    @Test
    void weightsNotTotallingOneHundredNameTheWeightColumn() throws Exception {
        byte[] xlsx = edit(exported(), wb -> wb.getSheet(ScoreTables.TARGET_SHEET).getRow(1).getCell(3).setCellValue(6));
        ImportedTable<List<Indicator>> imported = ScoreTables.importTargets(xlsx);
        var e = assertThrows(ValidationException.class, () -> SheetEditor.withTargets(ScoreSheet.EMPTY, imported.content()));
        ValidationException translated = imported.translate(e);
        assertEquals(List.of("绩效目标表!D2:D31"), cells(translated));
        assertTrue(translated.errors().get(0).message().contains("101"));
    }

    @Test
    void aFileThatIsNotXlsxIsRefused() {
        byte[] junk = new byte[1_000_000];
        new Random(7).nextBytes(junk);
        assertThrows(UnreadableFileException.class, () -> ScoreTables.importTargets(junk));
        assertThrows(UnreadableFileException.class, () -> ScoreTables.importTargets("一级指标,二级指标\n".getBytes()));
    }
}
