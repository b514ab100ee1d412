package org.perfeval.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.common.Weight;
import org.perfeval.indicator.ActualValue;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Judgment;
import org.perfeval.indicator.Tier;
import org.perfeval.indicator.Level;
import org.perfeval.indicator.SheetRules;

/**
 * Target and score tables in the layout of the national self-evaluation form (as
 * {@link ScoreTableExport} writes them) read back into what the tasks take, with cell-precise errors.
 */
public final class ScoreTables {

    public static final String TARGET_SHEET = "绩效目标表";
    public static final String SCORE_SHEET = "评分表";
    static final List<String> TARGET_COLUMNS = List.of("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "计算公式", "分档规则");
    static final List<String> SCORE_COLUMNS = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "扣分原因", "评定等级");
    private static final DataFormatter FORMATTER = new DataFormatter();

    private ScoreTables() {
    }

    // ---------------------------------------------------------------- import

    /** The target table as the indicators of setTargets. */
    public static ImportedTable<List<Indicator>> importTargets(byte[] xlsx) {
        try (Workbook wb = SafeWorkbooks.open(xlsx)) {
            List<FieldError> errors = new ArrayList<>();
            Sheet sheet = sheet(wb, TARGET_SHEET);
            Map<String, Integer> col = columns(sheet, TARGET_COLUMNS, errors);
            throwIfAny(errors);
            List<Indicator> indicators = new ArrayList<>();
            Map<String, String> cells = new HashMap<>();
            int i = 0;
            int firstRow = -1;
            int lastRow = -1;
            PathReader paths = new PathReader();
            for (Row row : dataRows(sheet)) {
                List<String> path = paths.read(row, col, TARGET_SHEET, errors);
                if (path == null) {
                    continue;
                }
                int r = row.getRowNum() + 1;
                firstRow = firstRow < 0 ? r : firstRow;
                lastRow = r;
                String at = "indicators[" + i + "]";
                BigDecimal weight = number(row, col.get("分值"), TARGET_SHEET, "分值", errors);
                String target = text(row, col.get("年度指标值"));
                String formulaText = text(row, col.get("计算公式"));
                Formula formula = null;
                if (!formulaText.isEmpty()) {
                    formula = formulaNamed(formulaText);
                    if (formula == null) {
                        errors.add(new FieldError(cell(TARGET_SHEET, col.get("计算公式"), r), "未知计算公式: " + formulaText));
                    }
                }
                String tiersText = text(row, col.get("分档规则"));
                List<Tier> tiers = List.of();
                if (!tiersText.isEmpty()) {
                    tiers = tiers(tiersText);
                    if (tiers == null) {
                        errors.add(new FieldError(cell(TARGET_SHEET, col.get("分档规则"), r), "分档规则应写作 0→1；10→0.6667；其他→0"));
                    }
                }
                if (weight != null && tiers != null) {
                    indicators.add(Indicator.target(path, new Weight(weight), target.isEmpty() ? null : target, formula,
                            tiers, true));
                }
                for (String[] m : new String[][]{{"path", "一级指标"}, {"weight", "分值"}, {"target", "年度指标值"},
                        {"formula", "计算公式"}, {"tiers", "分档规则"}}) {
                    cells.put(at + "." + m[0], cell(TARGET_SHEET, col.get(m[1]), r));
                }
                i++;
            }
            if (i == 0 && errors.isEmpty()) {
                errors.add(new FieldError(TARGET_SHEET, "工作表中没有指标行"));
            }
            throwIfAny(errors);
            String weightColumn = CellReference.convertNumToColString(col.get("分值"));
            cells.put("indicators", TARGET_SHEET + "!" + weightColumn + firstRow + ":" + weightColumn + lastRow);
            return new ImportedTable<>(indicators, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The actual values of the score table, for collectData. */
    public static ImportedTable<List<ActualValue>> importActuals(byte[] xlsx) {
        try (Workbook wb = SafeWorkbooks.open(xlsx)) {
            ScoreRows rows = scoreRows(wb);
            List<ActualValue> actuals = new ArrayList<>();
            Map<String, String> cells = new HashMap<>();
            for (ScoreRow s : rows.rows()) {
                Cell actual = s.row().getCell(rows.col().get("实际完成值"));
                String text = text(s.row(), rows.col().get("实际完成值"));
                if (actual == null || text.isEmpty()) {
                    continue;
                }
                int i = actuals.size();
                actuals.add(new ActualValue(s.path(), actual.getCellType() == CellType.NUMERIC
                        ? Indicator.Actual.of(fromCell(actual))
                        : Indicator.Actual.of(text)));
                cells.put("actuals[" + i + "].actual", cell(SCORE_SHEET, rows.col().get("实际完成值"), s.number()));
                cells.put("actuals[" + i + "].path", cell(SCORE_SHEET, rows.col().get("一级指标"), s.number()));
            }
            return new ImportedTable<>(actuals, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The evaluator's levels, scores and reasons of the score table, for score. */
    public static ImportedTable<List<Judgment>> importJudgments(byte[] xlsx) {
        try (Workbook wb = SafeWorkbooks.open(xlsx)) {
            ScoreRows rows = scoreRows(wb);
            Map<String, Integer> col = rows.col();
            List<FieldError> errors = new ArrayList<>();
            List<Judgment> judgments = new ArrayList<>();
            Map<String, String> cells = new HashMap<>();
            for (ScoreRow s : rows.rows()) {
                Row row = s.row();
                int r = s.number();
                String levelText = text(row, col.get("评定等级"));
                if (levelText.isEmpty()) {
                    continue; // computed from targets and actual values
                }
                Level level = levelNamed(levelText);
                if (level == null) {
                    errors.add(new FieldError(cell(SCORE_SHEET, col.get("评定等级"), r), "评定等级应为 达成、部分达成 或 未达成"));
                    continue;
                }
                BigDecimal weight = number(row, col.get("分值"), SCORE_SHEET, "分值", errors);
                BigDecimal score = text(row, col.get("得分")).isEmpty() ? null : number(row, col.get("得分"), SCORE_SHEET, "得分", errors);
                if (score != null && level == Level.ACHIEVED && weight != null && score.compareTo(weight) >= 0) {
                    score = null; // full marks: the level says it
                }
                String reason = text(row, col.get("扣分原因"));
                String at = "scores[" + judgments.size() + "]";
                judgments.add(new Judgment(s.path(), level, score, reason.isEmpty() ? null : reason));
                cells.put(at + ".path", cell(SCORE_SHEET, col.get("一级指标"), r));
                cells.put(at + ".level", cell(SCORE_SHEET, col.get("评定等级"), r));
                cells.put(at + ".score", cell(SCORE_SHEET, col.get("得分"), r));
                cells.put(at + ".reason", cell(SCORE_SHEET, col.get("扣分原因"), r));
            }
            throwIfAny(errors);
            return new ImportedTable<>(judgments, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ScoreRow(Row row, int number, List<String> path) {
    }

    private record ScoreRows(Map<String, Integer> col, List<ScoreRow> rows) {
    }

    /** The score table's rows with their indicator paths; a bad header or path is an error here. */
    private static ScoreRows scoreRows(Workbook wb) {
        List<FieldError> errors = new ArrayList<>();
        Sheet sheet = sheet(wb, SCORE_SHEET);
        Map<String, Integer> col = columns(sheet, SCORE_COLUMNS, errors);
        throwIfAny(errors);
        List<ScoreRow> rows = new ArrayList<>();
        PathReader paths = new PathReader();
        for (Row row : dataRows(sheet)) {
            List<String> path = paths.read(row, col, SCORE_SHEET, errors);
            if (path != null) {
                rows.add(new ScoreRow(row, row.getRowNum() + 1, path));
            }
        }
        throwIfAny(errors);
        return new ScoreRows(col, rows);
    }

    private static Sheet sheet(Workbook wb, String name) {
        Sheet sheet = wb.getSheet(name);
        if (sheet == null) {
            List<String> present = new ArrayList<>();
            wb.forEach(s -> present.add(s.getSheetName()));
            throw ValidationException.of(name, "缺少工作表“" + name + "”（文件中有：" + String.join("、", present) + "）");
        }
        return sheet;
    }

    /** Column index by header name, from the first row; every missing column is an error. */
    private static Map<String, Integer> columns(Sheet sheet, List<String> required, List<FieldError> errors) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Row header = sheet.getRow(0);
        if (header != null) {
            for (Cell c : header) {
                found.put(FORMATTER.formatCellValue(c).strip(), c.getColumnIndex());
            }
        }
        for (String name : required) {
            if (!found.containsKey(name)) {
                errors.add(new FieldError(sheet.getSheetName() + "!1", "缺少列“" + name + "”"));
            }
        }
        return found;
    }

    private static List<Row> dataRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Reads 一级/二级/三级 names; blank first/second levels continue the group above, as printed forms merge them. */
    private static final class PathReader {
        private String first = "";
        private String second = "";

        List<String> read(Row row, Map<String, Integer> col, String sheetName, List<FieldError> errors) {
            String a = text(row, col.get("一级指标"));
            String b = text(row, col.get("二级指标"));
            String c = text(row, col.get("三级指标"));
            if (a.isEmpty() && b.isEmpty() && c.isEmpty()) {
                return null; // an empty row
            }
            if (!a.isEmpty()) {
                first = a;
                second = b;
            } else if (!b.isEmpty()) {
                second = b;
            }
            if (first.isEmpty()) {
                errors.add(new FieldError(cell(sheetName, col.get("一级指标"), row.getRowNum() + 1), "缺少一级指标名称"));
                return null;
            }
            List<String> path = new ArrayList<>(List.of(first));
            if (!second.isEmpty()) {
                path.add(second);
            }
            if (!c.isEmpty()) {
                path.add(c);
            }
            return path;
        }
    }

    private static String text(Row row, Integer column) {
        Cell cell = column == null ? null : row.getCell(column);
        return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
    }

    private static BigDecimal number(Row row, int column, String sheetName, String label, List<FieldError> errors) {
        Cell cell = row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return fromCell(cell);
        }
        String t = text(row, column);
        try {
            BigDecimal v = new BigDecimal(t);
            return SheetRules.number(cell(sheetName, column, row.getRowNum() + 1), v, errors) ? v : null;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(cell(sheetName, column, row.getRowNum() + 1),
                    t.isEmpty() ? label + "必填" : label + "应为数字，现为“" + t + "”"));
            return null;
        }
    }

    /** A number cell: a double, often computed (=100/3); 8 decimals keep every figure a form prints. */
    private static BigDecimal fromCell(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(8, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String cell(String sheetName, int column, int row) {
        return sheetName + "!" + CellReference.convertNumToColString(column) + row;
    }

    private static Formula formulaNamed(String text) {
        for (Formula f : Formula.values()) {
            if (f.label().equals(text) || f.name().equals(text)) {
                return f;
            }
        }
        return null;
    }

    private static Level levelNamed(String text) {
        for (Level l : Level.values()) {
            if (l.label().equals(text) || l.name().equals(text)) {
                return l;
            }
        }
        return null;
    }

    /** "0→1；10→0.6667；其他→0" back to tiers; null when it cannot be read. */
    private static List<Tier> tiers(String text) {
        List<Tier> out = new ArrayList<>();
        for (String part : text.split("[；;]")) {
            String[] kv = part.strip().split("→|->");
            if (kv.length != 2) {
                return null;
            }
            try {
                BigDecimal upTo = kv[0].strip().equals("其他") ? null : new BigDecimal(kv[0].strip());
                out.add(new Tier(upTo, new BigDecimal(kv[1].strip())));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
