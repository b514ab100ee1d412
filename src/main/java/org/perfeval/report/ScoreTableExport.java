package org.perfeval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.Tier;
import org.perfeval.scoring.IndicatorResult;
import org.perfeval.scoring.ScoreResult;

/**
 * An evaluation's target and score tables as one Excel workbook (Apache POI), in the layout of the
 * national self-evaluation form; {@link ScoreTables} reads the same layout back. Text goes through
 * {@link TextCells} (kept text, never a formula); weights, scores and numeric actual values stay numbers.
 */
public final class ScoreTableExport {

    private ScoreTableExport() {
    }

    /** Both tables of an evaluation; the score columns are empty until it is scored (result null). */
    public static byte[] export(ScoreSheet sheet, ScoreResult result) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TextCells text = new TextCells(wb);
            CellStyle header = headerStyle(wb);
            List<Indicator> indicators = sheet.allIndicators();
            Map<List<String>, IndicatorResult> scored = new HashMap<>();
            if (result != null) {
                result.indicators().forEach(r -> scored.put(r.path(), r));
            }
            Sheet targets = wb.createSheet(ScoreTables.TARGET_SHEET);
            headerRow(targets, ScoreTables.TARGET_COLUMNS, header, text);
            Sheet scores = wb.createSheet(ScoreTables.SCORE_SHEET);
            headerRow(scores, ScoreTables.SCORE_COLUMNS, header, text);
            for (int i = 0; i < indicators.size(); i++) {
                Indicator ind = indicators.get(i);
                List<String> path = ind.path();
                Row t = targets.createRow(i + 1);
                for (int level = 0; level < 3; level++) {
                    text.write(t, level, path.size() > level ? path.get(level) : "");
                }
                t.createCell(3).setCellValue(ind.weight().points().doubleValue());
                text.write(t, 4, ind.target() == null ? "" : ind.target());
                text.write(t, 5, ind.formula() == null ? "" : ind.formula().label());
                text.write(t, 6, ind.tiers().isEmpty() ? "" : tiersText(ind.tiers()));

                Row s = scores.createRow(i + 1);
                for (int level = 0; level < 3; level++) {
                    text.write(s, level, path.size() > level ? path.get(level) : "");
                }
                text.write(s, 3, ind.target() != null ? ind.target() : ind.formula() != null ? "按公式计算" : "");
                Indicator.Actual actual = ind.actual();
                if (actual != null && actual.numeric()) {
                    s.createCell(4).setCellValue(actual.quantity().orElseThrow().value().doubleValue());
                } else {
                    text.write(s, 4, actual == null ? "" : actual.text());
                }
                s.createCell(5).setCellValue(ind.weight().points().doubleValue());
                IndicatorResult r = scored.get(path);
                if (r != null) {
                    s.createCell(6).setCellValue(r.score().points().doubleValue());
                    text.write(s, 7, r.deducted() ? (ind.reason() != null ? ind.reason() : r.explanation()) : "");
                }
                text.write(s, 8, ind.level() == null ? "" : ind.level().label());
            }
            for (Sheet sh : List.of(targets, scores)) {
                sh.createFreezePane(0, 1);
                for (int c = 0; c < sh.getRow(0).getLastCellNum(); c++) {
                    sh.setColumnWidth(c, c == 2 || c == 7 ? 32 * 256 : 16 * 256);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tiersText(List<Tier> tiers) {
        List<String> parts = new ArrayList<>();
        for (Tier t : tiers) {
            parts.add((t.upTo() == null ? "其他" : plain(t.upTo())) + "→" + plain(t.share()));
        }
        return String.join("；", parts);
    }

    private static CellStyle headerStyle(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }

    private static void headerRow(Sheet sheet, List<String> names, CellStyle style, TextCells text) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellStyle(style);
            text.write(c, names.get(i));
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
