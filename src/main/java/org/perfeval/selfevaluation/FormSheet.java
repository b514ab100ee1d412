package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfeval.common.Amount;
import org.perfeval.common.FieldError;
import org.perfeval.common.Weight;

/**
 * One worksheet of a self-evaluation form read by its labels, never by fixed positions (forms/FORMAT.md,
 * As Excel): real forms add or drop rows, merge cells, write 其中：本年财政拨款 for 其中：当年财政拨款 and
 * print first-level names with their points (产出指标（50分）). Cells come in as the text Excel shows;
 * every problem is named by sheet and cell ({@code 自评表3!F17}).
 */
public final class FormSheet {

    private static final Pattern YEAR = Pattern.compile("[（(]\\s*(\\d{4})\\s*年度?\\s*[）)]");
    private static final Pattern POINTS = Pattern.compile("\\s*[（(]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[）)]\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+(?:\\.\\d+)?$");
    /** Labels compare without spaces (full-width ones too) and without a trailing colon; compiled once, read per cell. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]");
    private static final Pattern TRAILING_COLON = Pattern.compile(":$");

    private final String sheet;
    /** row → column → text, both 1-based, only cells with text. */
    private final TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    public FormSheet(String sheet) {
        this.sheet = sheet;
    }

    /** A cell as Excel shows it, by its reference (F17). */
    public void put(String reference, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        int split = 0;
        while (split < reference.length() && Character.isLetter(reference.charAt(split))) {
            split++;
        }
        int column = 0;
        for (int i = 0; i < split; i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        cells.computeIfAbsent(Integer.parseInt(reference.substring(split)), r -> new TreeMap<>()).put(column, text.strip());
    }

    /** What was read: the form, or null with the errors naming the cells. */
    public record Reading(String sheet, SelfEvaluationForm form, List<FieldError> errors) {
    }

    public Reading read() {
        if (cells.isEmpty()) {
            return new Reading(sheet, null, List.of(new FieldError(sheet + "!A1", "工作表是空的 (empty sheet)")));
        }
        Integer year = year();
        String project = valueRightOf("项目名称");
        String department = valueRightOf("主管部门");
        String unit = valueRightOf("实施单位");
        FormFunds funds = funds();
        String[] goals = goals();
        List<FormIndicator> indicators = new ArrayList<>();
        BigDecimal printedTotal = indicators(indicators);
        if (!errors.isEmpty()) {
            return new Reading(sheet, null, List.copyOf(errors));
        }
        return new Reading(sheet, new SelfEvaluationForm(year, project, department, unit, funds, goals[0], goals[1], indicators,
                printedTotal), List.of());
    }

    private Integer year() {
        for (var row : cells.values()) {
            for (String text : row.values()) {
                Matcher m = YEAR.matcher(text);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        error(1, 1, "找不到年度，应写为“（2023年度）” (no year)");
        return null;
    }

    /** The label's cell, found anywhere on the sheet. */
    private Optional<int[]> find(String label) {
        for (var row : cells.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                if (normal(cell.getValue()).equals(label)) {
                    return Optional.of(new int[] {row.getKey(), cell.getKey()});
                }
            }
        }
        return Optional.empty();
    }

    private String valueRightOf(String label) {
        Optional<int[]> at = find(label);
        if (at.isEmpty()) {
            error(1, 1, "找不到“" + label + "” (label missing)");
            return null;
        }
        var next = cells.get(at.get()[0]).higherEntry(at.get()[1]);
        if (next == null) {
            error(at.get()[0], at.get()[1] + 1, "“" + label + "”未填写 (empty)");
            return null;
        }
        return next.getValue();
    }

    /** The header row that has all these labels, as label → column. */
    private Optional<Map.Entry<Integer, Map<String, Integer>>> header(List<String> labels, String startsWith) {
        for (var row : cells.entrySet()) {
            Map<String, Integer> columns = new java.util.HashMap<>();
            for (var cell : row.getValue().entrySet()) {
                String text = normal(cell.getValue());
                if (labels.contains(text)) {
                    columns.put(text, cell.getKey());
                } else if (startsWith != null && text.startsWith(startsWith)) {
                    columns.put(startsWith, cell.getKey());
                }
            }
            if (columns.keySet().containsAll(labels)) {
                return Optional.of(Map.entry(row.getKey(), columns));
            }
        }
        return Optional.empty();
    }

    private FormFunds funds() {
        var header = header(List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), null);
        Optional<int[]> total = find("年度资金总额");
        if (header.isEmpty() || total.isEmpty()) {
            error(1, 1, "找不到项目资金表头（年初预算数、全年预算数、全年执行数、分值、执行率、得分）或“年度资金总额”行 (funds block missing)");
            return null;
        }
        Map<String, Integer> c = header.get().getValue();
        int r = total.get()[0];
        BigDecimal initial = number(r, c.get("年初预算数"), false);
        BigDecimal annual = number(r, c.get("全年预算数"), true);
        BigDecimal spent = number(r, c.get("全年执行数"), true);
        BigDecimal weight = number(r, c.get("分值"), true);
        BigDecimal rate = rate(r, c.get("执行率"));
        BigDecimal score = number(r, c.get("得分"), false);
        if (annual == null || spent == null || weight == null) {
            return null;
        }
        return new FormFunds(new Amount(initial == null ? annual : initial), new Amount(annual), new Amount(spent),
                new Weight(weight), rate, score);
    }

    private String[] goals() {
        var header = header(List.of("预期目标", "实际完成情况"), null);
        if (header.isEmpty()) {
            return new String[] {null, null}; // the goals are read, not checked
        }
        int r = header.get().getKey() + 1;
        return new String[] {text(r, header.get().getValue().get("预期目标")), text(r, header.get().getValue().get("实际完成情况"))};
    }

    /** The indicator rows up to 总分; returns the printed total. */
    private BigDecimal indicators(List<FormIndicator> out) {
        var header = header(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"), "偏差原因");
        if (header.isEmpty()) {
            error(1, 1, "找不到绩效指标表头（一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分） (indicator header missing)");
            return null;
        }
        Map<String, Integer> c = header.get().getValue();
        String first = null;
        String second = null;
        for (var row : cells.tailMap(header.get().getKey(), false).entrySet()) {
            int r = row.getKey();
            if (row.getValue().values().stream().anyMatch(t -> normal(t).equals("总分"))) {
                return number(r, c.get("得分"), false);
            }
            String a = text(r, c.get("一级指标"));
            String b = text(r, c.get("二级指标"));
            String name = text(r, c.get("三级指标"));
            first = a != null ? POINTS.matcher(a).replaceFirst("") : first;
            second = b != null ? POINTS.matcher(b).replaceFirst("") : second;
            if (name == null) {
                continue; // a spacer or a note row
            }
            if (first == null || second == null) {
                error(r, c.get(first == null ? "一级指标" : "二级指标"), "指标“" + name + "”缺少一级或二级指标 (level missing)");
                continue;
            }
            String target = text(r, c.get("年度指标值"));
            if (target == null) {
                error(r, c.get("年度指标值"), "指标“" + name + "”未填写年度指标值 (target missing)");
            }
            BigDecimal weight = number(r, c.get("分值"), true);
            BigDecimal printed = number(r, c.get("得分"), false);
            if (target != null && weight != null) {
                out.add(new FormIndicator(List.of(first, second, name), target, text(r, c.get("实际完成值")), new Weight(weight),
                        printed, c.containsKey("偏差原因") ? text(r, c.get("偏差原因")) : null));
            }
        }
        error(cells.lastKey(), 1, "找不到“总分”行 (total row missing)");
        return null;
    }

    private String text(int row, Integer column) {
        if (column == null) {
            return null;
        }
        var r = cells.get(row);
        return r == null ? null : r.get(column);
    }

    private BigDecimal number(int row, Integer column, boolean required) {
        String t = text(row, column);
        if (t == null) {
            if (required) {
                error(row, column, "必填, 应为数字 (number required)");
            }
            return null;
        }
        String n = t.replace(",", "").replace("，", "");
        if (!NUMBER.matcher(n).matches()) {
            error(row, column, "“" + t + "”应为数字 (number expected)");
            return null;
        }
        return new BigDecimal(n);
    }

    /** 执行率 as 95.88% or as the share 0.9588, in percent. */
    private BigDecimal rate(int row, Integer column) {
        String t = text(row, column);
        if (t == null) {
            return null;
        }
        boolean percent = t.endsWith("%") || t.endsWith("％");
        String n = percent ? t.substring(0, t.length() - 1).strip() : t;
        if (!NUMBER.matcher(n).matches()) {
            error(row, column, "执行率“" + t + "”应为百分数 (rate expected)");
            return null;
        }
        BigDecimal v = new BigDecimal(n);
        return percent || v.compareTo(new BigDecimal("1.5")) > 0 ? v : v.multiply(DeskReview.HUNDRED).stripTrailingZeros();
    }

    private void error(int row, Integer column, String message) {
        errors.add(new FieldError(sheet + "!" + reference(row, column == null ? 1 : column), message));
    }

    static String reference(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }

    /** Labels compared without spaces and with half-width punctuation (项 目 名 称, 项目名称：). */
    private static String normal(String text) {
        return TRAILING_COLON.matcher(SPACES.matcher(text).replaceAll("").replace('：', ':')).replaceAll("");
    }
}
