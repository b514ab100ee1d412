package org.perfeval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfeval.selfevaluation.BatchSummary;
import org.perfeval.selfevaluation.Flag;
import org.perfeval.selfevaluation.FlagLabels;
import org.perfeval.selfevaluation.FormOutcome;
import org.perfeval.selfevaluation.ReviewRules;
import org.perfeval.selfevaluation.ReviewedForm;
import org.perfeval.selfevaluation.Sampling;

/**
 * The review's workpapers (复核底稿) as one .xlsx, written in a single pass over the forms with POI's
 * streaming workbook, so that a batch of 10,000 forms of 25 indicators holds a window of rows in
 * memory, not the batch: the sheet 复核底稿 (a row per indicator), 偏差 (a row per form), 批次说明, and
 * one sheet per department with its forms' indicator rows. Forms should come in department order;
 * a department that comes back continues its own sheet.
 */
public final class ReviewWorkpapers {

    public static final String INDICATOR_SHEET = "复核底稿";
    public static final String DEVIATION_SHEET = "偏差";
    public static final String BATCH_SHEET = "批次说明";

    public static final List<String> INDICATOR_COLUMNS = List.of("编号", "部门", "单位", "项目", "指标路径", "一级指标", "二级指标",
            "三级指标", "指标性质", "指标值", "权重", "自评完成值", "自评得分", "复核完成值", "复核得分", "复核方式", "备注");
    public static final List<String> DEVIATION_COLUMNS = List.of("编号", "部门", "单位", "项目", "全年预算数（万元）",
            "预算执行率（%）", "自评总分", "重算总分", "书面复核偏差率（%）", "复核总分", "复核偏差率（%）", "复核方式", "标记", "问题",
            "部门反馈");

    private static final int[] INDICATOR_WIDTHS = {8, 20, 20, 28, 36, 12, 12, 24, 8, 14, 8, 14, 9, 14, 9, 9, 60};
    private static final int[] DEVIATION_WIDTHS = {8, 20, 20, 28, 12, 12, 9, 9, 12, 9, 12, 9, 30, 36, 40};
    /** Rows kept in memory per sheet before they go to the temporary file. */
    private static final int WINDOW = 100;

    private ReviewWorkpapers() {
    }

    /** The workbook as bytes: for small batches and tests; large ones are better written to a stream. */
    public static byte[] export(BatchSummary batch, Iterable<ReviewedForm> forms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(batch, forms, out);
        return out.toByteArray();
    }

    /** Writes the workbook to {@code out}, which stays open; the temporary files go when the workbook closes. */
    public static void write(BatchSummary batch, Iterable<ReviewedForm> forms, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, false)) {
            new Writer(new WorkbookStyles(wb)).write(batch, forms);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final WorkbookStyles styles;
        private final StreamedSheet indicators;
        private final StreamedSheet deviations;
        private final StreamedSheet batchSheet;
        /** One sheet per department: its rows are flushed when the next department starts. */
        private final Map<String, StreamedSheet> departments = new HashMap<>();
        private StreamedSheet current;
        private int forms;
        private int lines;

        Writer(WorkbookStyles styles) {
            this.styles = styles;
            this.indicators = new StreamedSheet(styles, INDICATOR_SHEET, INDICATOR_COLUMNS, INDICATOR_WIDTHS);
            this.deviations = new StreamedSheet(styles, DEVIATION_SHEET, DEVIATION_COLUMNS, DEVIATION_WIDTHS);
            this.batchSheet = new StreamedSheet(styles, BATCH_SHEET, List.of("项目", "内容"), new int[] {24, 80});
        }

        void write(BatchSummary batch, Iterable<ReviewedForm> all) {
            for (ReviewedForm form : all) {
                FormOutcome outcome = FormOutcome.of(form);
                StreamedSheet department = department(outcome.department());
                for (IndicatorLine line : IndicatorLine.of(form)) {
                    indicatorRow(indicators, outcome, line);
                    indicatorRow(department, outcome, line);
                    lines++;
                }
                deviationRow(form, outcome);
                forms++;
            }
            batchRows(batch);
        }

        private StreamedSheet department(String name) {
            StreamedSheet sheet = departments.computeIfAbsent(name,
                    n -> new StreamedSheet(styles, n, INDICATOR_COLUMNS, INDICATOR_WIDTHS));
            if (current != null && current != sheet) {
                current.flush();
            }
            current = sheet;
            return sheet;
        }

        private static void indicatorRow(StreamedSheet sheet, FormOutcome form, IndicatorLine line) {
            sheet.row().integer(0, form.id()).text(1, form.department()).text(2, form.unit()).text(3, form.project())
                    .text(4, line.path()).text(5, line.level(0)).text(6, line.level(1)).text(7, line.level(2))
                    .text(8, line.quantitative() ? "定量" : "定性").text(9, line.target()).number(10, line.weight())
                    .text(11, line.selfActual()).number(12, line.selfScore())
                    .text(13, line.reviewedActual()).number(14, line.reviewedScore())
                    .text(15, line.onSite() ? "现场复核" : "书面复核").text(16, line.remark());
        }

        private void deviationRow(ReviewedForm form, FormOutcome o) {
            Set<String> codes = new LinkedHashSet<>();
            Set<String> labels = new LinkedHashSet<>();
            for (Flag f : form.desk().flags()) {
                codes.add(f.code().name());
                labels.add(FlagLabels.label(f.code()));
            }
            deviations.row().integer(0, o.id()).text(1, o.department()).text(2, o.unit()).text(3, o.project())
                    .number(4, o.budget()).number(5, o.executionRate()).number(6, o.printed()).number(7, o.recomputed())
                    .number(8, o.deskDeviation()).number(9, o.reviewed()).number(10, o.deviation())
                    .text(11, o.onSite() ? "现场复核" : "书面复核").text(12, String.join(", ", codes))
                    .text(13, String.join("、", labels)).text(14, form.answer());
        }

        private void batchRows(BatchSummary batch) {
            fact("复核批次", batch.name());
            fact("年度", batch.year() + "年度");
            fact("收到自评表", batch.total() + "份（无法读取" + batch.unreadable() + "份）");
            fact("本底稿", forms + "份自评表，" + lines + "行指标（含预算执行率）");
            fact("复核规则", rules(batch.rules()));
            fact("现场复核抽样", sampling(batch.sampling()));
            batch.departmentFlags().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> fact("部门标记：" + e.getKey(), FlagLabels.label(e.getValue().code()) + "（"
                            + e.getValue().message() + "）"));
        }

        private void fact(String label, String value) {
            batchSheet.row().text(0, label).text(1, value);
        }
    }

    static String rules(ReviewRules rules) {
        return "≤类指标未达标" + (rules.atMost() == ReviewRules.AtMostScoring.ZERO ? "不得分" : "按比例计分")
                + "；超额完成达到年度指标值的" + plain(rules.overachievedAtPercent()) + "%须说明原因；指标得分率高出预算执行率"
                + plain(rules.executionGapPoints()) + "个百分点以上予以标记";
    }

    static String sampling(Sampling s) {
        if (s == null) {
            return "尚未抽取";
        }
        return "有错误标记的" + s.withErrors() + "份；预算规模最大的" + s.largest() + "份；其余按" + plain(s.share())
                + "%随机抽取" + s.drawn() + "份（随机种子" + s.seed() + "）；增加" + s.added() + "份，剔除" + s.removed()
                + "份；共" + s.selected() + "份";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
