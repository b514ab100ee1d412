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
 * national self-evaluation form; {@link ScoreTables} reads the same layout back.
 */
public final class ScoreTableExport {

    private ScoreTableExport() {
    }

    /** Both tables of an evaluation; the score columns are empty until it is scored (result null). */
    public static byte[] export(ScoreSheet sheet, ScoreResult result) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(wb);
            List<Indicator> indicators = sheet.allIndicators();
            Map<List<String>, IndicatorResult> scored = new HashMap<>();
            if (result != null) {
                result.indicators().forEach(r -> scored.put(r.path(), r));
            }
            Sheet targets = wb.createSheet(ScoreTables.TARGET_SHEET);
            headerRow(targets, ScoreTables.TARGET_COLUMNS, header);
            Sheet scores = wb.createSheet(ScoreTables.SCORE_SHEET);
            headerRow(scores, ScoreTables.SCORE_COLUMNS, header);
            for (int i = 0; i < indicators.size(); i++) {
                Indicator ind = indicators.get(i);
                List<String> path = ind.path();
                Row t = targets.createRow(i + 1);
                for (int level = 0; level < 3; level++) {
                    t.createCell(level).setCellValue(path.size() > level ? path.get(level) : "");
                }
                t.createCell(3).setCellValue(ind.weight().points().doubleValue());
                t.createCell(4).setCellValue(ind.target() == null ? "" : ind.target());
                t.createCell(5).setCellValue(ind.formula() == null ? "" : ind.formula().label());
                t.createCell(6).setCellValue(ind.tiers().isEmpty() ? "" : tiersText(ind.tiers()));

                Row s = scores.createRow(i + 1);
                for (int level = 0; level < 3; level++) {
                    s.createCell(level).setCellValue(path.size() > level ? path.get(level) : "");
                }
                s.createCell(3).setCellValue(ind.target() != null ? ind.target() : ind.formula() != null ? "按公式计算" : "");
                Indicator.Actual actual = ind.actual();
                if (actual != null && actual.numeric()) {
                    s.createCell(4).setCellValue(actual.quantity().orElseThrow().value().doubleValue());
                } else {
                    s.createCell(4).setCellValue(actual == null ? "" : actual.text());
                }
                s.createCell(5).setCellValue(ind.weight().points().doubleValue());
                IndicatorResult r = scored.get(path);
                if (r != null) {
                    s.createCell(6).setCellValue(r.score().points().doubleValue());
                    s.createCell(7).setCellValue(r.deducted() ? (ind.reason() != null ? ind.reason() : r.explanation()) : "");
                }
                s.createCell(8).setCellValue(ind.level() == null ? "" : ind.level().label());
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

    private static void headerRow(Sheet sheet, List<String> names, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(style);
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
