package org.perfeval.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perfeval.evaluation.BudgetAdvice;
import org.perfeval.report.Block.Caption;
import org.perfeval.report.Block.Column;
import org.perfeval.report.Block.Cover;
import org.perfeval.report.Block.Heading;
import org.perfeval.report.Block.Paragraph;
import org.perfeval.report.Block.Table;
import org.perfeval.scoring.Grade;
import org.perfeval.selfevaluation.BatchSummary;
import org.perfeval.selfevaluation.DepartmentStatistics;
import org.perfeval.selfevaluation.DeviationBucket;
import org.perfeval.selfevaluation.FlagCode;
import org.perfeval.selfevaluation.FlagLabels;
import org.perfeval.selfevaluation.FormBudgetAdvice;
import org.perfeval.selfevaluation.FormOutcome;
import org.perfeval.selfevaluation.ReviewRules;
import org.perfeval.selfevaluation.ReviewStatistics;
import org.perfeval.selfevaluation.Sampling;

/**
 * The self-evaluation review report (自评复核报告): scope, method with the on-site sampling (its seed, so
 * that the draw can be repeated), results by flag, deviation band and department, the largest
 * deviations, the main problems and recommendations with the budget advice. Built as a
 * {@link ReportDocument} from the batch and its {@link ReviewStatistics}, and printed by the
 * evaluation report's Word and PDF renderers.
 */
public final class ReviewReport {

    public static final List<String> HEADINGS = List.of("一、复核范围", "二、复核方法", "三、复核结果", "四、主要问题", "五、意见建议");

    /** Problems and recommendations name at most this many flags, those on most forms. */
    static final int MAIN_PROBLEMS = 5;
    /** A deviation of this many percent or more asks for a new self-evaluation. */
    private static final BigDecimal LARGE_DEVIATION = BigDecimal.TEN;

    private final List<Block> blocks = new ArrayList<>();
    private final BatchSummary batch;
    private final ReviewStatistics stats;
    private final BigDecimal fairCutPercent;
    private int tables;

    private ReviewReport(BatchSummary batch, ReviewStatistics stats, BigDecimal fairCutPercent) {
        this.batch = batch;
        this.stats = stats;
        this.fairCutPercent = fairCutPercent;
    }

    public static String title(BatchSummary batch) {
        return batch.year() + "年度项目支出绩效自评复核报告";
    }

    public static byte[] word(BatchSummary batch, ReviewStatistics stats, LocalDate date, BigDecimal fairCutPercent) {
        return WordReport.render(outline(batch, stats, date, fairCutPercent));
    }

    public static byte[] pdf(BatchSummary batch, ReviewStatistics stats, LocalDate date, BigDecimal fairCutPercent,
                             ReportTypefaces faces) {
        return PdfReport.render(outline(batch, stats, date, fairCutPercent), faces);
    }

    /** The report's blocks; {@code fairCutPercent} is the cut a 中 earns (as for evaluations, usually 10). */
    public static ReportDocument outline(BatchSummary batch, ReviewStatistics stats, LocalDate date, BigDecimal fairCutPercent) {
        ReviewReport r = new ReviewReport(batch, stats, fairCutPercent);
        r.blocks.add(new Cover(title(batch), List.of("复核批次：" + batch.name(),
                "复核对象：项目支出绩效自评表" + stats.totals().forms() + "份"), ChineseDates.yearMonth(date)));
        r.scope();
        r.method();
        r.results();
        r.problems();
        r.recommendations();
        return new ReportDocument(title(batch) + "（" + batch.name() + "）", Optional.empty(), r.blocks);
    }

    private void scope() {
        heading(1, HEADINGS.get(0));
        ReviewStatistics.Totals t = stats.totals();
        text(batch.name() + "共收到" + batch.year() + "年度项目支出绩效自评表" + batch.total() + "份，其中" + batch.unreadable()
                + "份无法读取（已逐份列明所在工作表和单元格，退回补正），其余" + t.forms() + "份涉及" + stats.departments().size()
                + "个主管部门，全部纳入本次复核。");
        text("本报告所称复核总分，现场复核的自评表为现场复核得分，其余为书面复核重算得分；偏差率＝（自评总分－复核总分）÷自评总分×100%，"
                + "正数表示自评偏高，负数表示自评偏低。");
    }

    private void method() {
        heading(1, HEADINGS.get(1));
        heading(2, "（一）书面复核");
        ReviewRules rules = batch.rules();
        text("对全部" + stats.totals().forms() + "份自评表逐表书面复核：预算执行率按全年执行数÷全年预算数×100%重算（保留两位小数，"
                + "四舍五入），执行率得分＝分值×执行率（执行率超过100%的按100%计）；定量指标按年度指标值和实际完成值重算得分，"
                + "“≥”类指标未达到的按完成比例计分，“≤”类指标超出的" + (rules.atMost() == ReviewRules.AtMostScoring.ZERO
                ? "不得分" : "按年度指标值÷实际完成值的比例计分") + "，“=”类指标不相等的不得分；定性指标保留自评得分，但不超过分值。"
                + "实际完成值达到年度指标值" + plain(rules.overachievedAtPercent()) + "%以上而未说明原因的，"
                + "绩效指标得分率高出预算执行率" + plain(rules.executionGapPoints()) + "个百分点以上的，一并予以标记。");
        heading(2, "（二）现场复核");
        Sampling s = batch.sampling();
        if (s == null) {
            text("本批次尚未抽取现场复核样本。");
            return;
        }
        text("在书面复核基础上抽取自评表进行现场复核：存在错误标记的自评表全部纳入，计" + s.withErrors() + "份；全年预算数最大的"
                + s.largest() + "个项目纳入；其余自评表按" + plain(s.share()) + "%的比例随机抽取" + s.drawn() + "份，随机种子为"
                + s.seed() + "，以同一种子可重现抽样结果；财政部门另行增加" + s.added() + "份、剔除" + s.removed() + "份，最终确定现场复核"
                + s.selected() + "份。截至报告日，已完成现场复核" + stats.totals().onSite() + "份。");
        table("现场复核抽样情况", List.of(column("抽样方式", 3, false), column("份数", 1, true), column("说明", 4, false)), List.of(
                List.of("存在错误标记", String.valueOf(s.withErrors()), "全部纳入"),
                List.of("预算规模最大", String.valueOf(s.largest()), "按全年预算数由大到小"),
                List.of("随机抽取", String.valueOf(s.drawn()), "其余自评表按" + plain(s.share()) + "%抽取，随机种子" + s.seed()),
                List.of("财政部门增加", String.valueOf(s.added()), ""),
                List.of("财政部门剔除", String.valueOf(s.removed()), ""),
                List.of("合计", String.valueOf(s.selected()), "已完成现场复核" + stats.totals().onSite() + "份")));
    }

    private void results() {
        heading(1, HEADINGS.get(2));
        ReviewStatistics.Totals t = stats.totals();
        heading(2, "（一）总体情况");
        ReviewStatistics.SeverityCount errors = stats.severity(FlagCode.Severity.ERROR);
        ReviewStatistics.SeverityCount warnings = stats.severity(FlagCode.Severity.WARNING);
        text("纳入复核的" + t.forms() + "份自评表中，" + t.flagged() + "份被标记问题（占" + prose(percent(t.flagged(), t.forms()))
                + "%），其中" + t.withErrors() + "份存在错误（占" + prose(percent(t.withErrors(), t.forms())) + "%）；错误类标记"
                + errors.occurrences() + "处，提示类标记" + warnings.occurrences() + "处。" + t.fullMarks() + "份自评表自评为满分。"
                + "自评总分平均" + prose(t.averagePrinted()) + "分，书面复核重算平均" + prose(t.averageRecomputed()) + "分，复核总分平均"
                + prose(t.averageReviewed()) + "分，平均偏差率" + prose(t.averageDeviation()) + "%。");
        heading(2, "（二）问题标记情况");
        List<ReviewStatistics.FlagCount> flags = stats.flags();
        if (flags.isEmpty()) {
            text("书面复核未发现问题。");
        } else {
            table("问题标记统计", List.of(column("问题类型", 4, false), column("性质", 1, true), column("自评表（份）", 1.4f, true),
                    column("出现次数", 1.2f, true)), flags.stream().map(f -> List.of(f.label(),
                    FlagLabels.label(f.code().severity()), String.valueOf(f.forms()), String.valueOf(f.occurrences()))).toList());
        }
        List<String> fullMarks = fullMarkDepartments();
        if (!fullMarks.isEmpty()) {
            text("另有" + fullMarks.size() + "个部门（" + String.join("、", fullMarks)
                    + "）报送3份以上自评表且均自评100分（" + FlagLabels.label(FlagCode.ALL_FULL_MARKS) + "）。");
        }
        heading(2, "（三）偏差率分布");
        List<List<String>> bands = new ArrayList<>();
        for (Map.Entry<DeviationBucket, Integer> b : stats.deviationDistribution().entrySet()) {
            bands.add(List.of(b.getKey().label(), String.valueOf(b.getValue()), cell(percent(b.getValue(), t.forms()))));
        }
        bands.add(List.of("无自评总分", String.valueOf(t.withoutDeviation()), cell(percent(t.withoutDeviation(), t.forms()))));
        table("偏差率分布", List.of(column("偏差率区间", 2, false), column("自评表（份）", 1.5f, true), column("占比（%）", 1.5f, true)),
                bands);
        heading(2, "（四）分部门情况");
        text("各部门按平均偏差率由高到低排列如下。");
        table("分部门复核情况", List.of(column("部门", 3, false), column("自评表", 1, true), column("有标记", 1, true),
                column("有错误", 1, true), column("平均自评分", 1.3f, true), column("平均重算分", 1.3f, true),
                column("平均偏差率（%）", 1.3f, true), column("满分占比（%）", 1.3f, true), column("现场复核", 1, true),
                column("平均复核分", 1.3f, true)), stats.departments().stream().map(ReviewReport::departmentRow).toList());
        heading(2, "（五）偏差较大的自评表");
        List<FormOutcome> largest = stats.largestDeviations();
        if (largest.isEmpty()) {
            text("没有可计算偏差率的自评表。");
            return;
        }
        text("偏差率（绝对值）最大的" + largest.size() + "份自评表如下。");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < largest.size(); i++) {
            FormOutcome o = largest.get(i);
            rows.add(List.of(String.valueOf(i + 1), o.project(), o.department(), cell(o.printed()), cell(o.recomputed()),
                    cell(o.reviewed()) + (o.onSite() ? "（现场）" : ""), cell(o.deviation())));
        }
        table("偏差较大的自评表", List.of(column("序号", 0.8f, true), column("项目", 3.2f, false), column("部门", 2.4f, false),
                column("自评总分", 1.2f, true), column("重算总分", 1.2f, true), column("复核总分", 2, true),
                column("偏差率（%）", 1.2f, true)), rows);
    }

    private static List<String> departmentRow(DepartmentStatistics d) {
        return List.of(d.department(), String.valueOf(d.forms()), String.valueOf(d.flagged()), String.valueOf(d.withErrors()),
                cell(d.averagePrinted()), cell(d.averageRecomputed()), cell(d.averageDeviation()), cell(d.fullMarksShare()),
                String.valueOf(d.onSite()), cell(d.averageReviewed()));
    }

    private void problems() {
        heading(1, HEADINGS.get(3));
        List<ReportContent.Item> items = new ArrayList<>();
        for (ReviewStatistics.FlagCount f : mainFlags()) {
            items.add(new ReportContent.Item(f.label(), f.forms() + "份自评表存在此问题，共" + f.occurrences() + "处："
                    + ReviewWording.problem(f.code()) + "。如“" + f.exampleProject() + "”：" + f.exampleMessage() + "。"));
        }
        List<String> fullMarks = fullMarkDepartments();
        if (!fullMarks.isEmpty()) {
            items.add(new ReportContent.Item(FlagLabels.label(FlagCode.ALL_FULL_MARKS), String.join("、", fullMarks)
                    + "（共" + fullMarks.size() + "个部门）：" + ReviewWording.problem(FlagCode.ALL_FULL_MARKS) + "。"));
        }
        int large = largeDeviations();
        if (large > 0) {
            items.add(new ReportContent.Item("自评结果与复核结果差距较大", "偏差率在" + plain(LARGE_DEVIATION) + "%以上的自评表"
                    + large + "份，占" + prose(percent(large, stats.totals().forms())) + "%，自评得分明显高于复核得分。"));
        }
        numbered(items);
    }

    private void recommendations() {
        heading(1, HEADINGS.get(4));
        List<ReportContent.Item> items = new ArrayList<>();
        // flags of one kind share a recommendation, given once
        Set<ReportContent.Item> said = new LinkedHashSet<>();
        for (ReviewStatistics.FlagCount f : mainFlags()) {
            said.add(ReviewWording.recommendation(f.code()));
        }
        if (!fullMarkDepartments().isEmpty()) {
            said.add(ReviewWording.recommendation(FlagCode.ALL_FULL_MARKS));
        }
        items.addAll(said);
        int large = largeDeviations();
        if (large > 0) {
            List<String> worst = stats.departments().stream().filter(d -> d.averageDeviation() != null
                    && d.averageDeviation().signum() > 0).limit(3).map(DepartmentStatistics::department).toList();
            items.add(new ReportContent.Item("对偏差较大的自评表重新自评", "偏差率在" + plain(LARGE_DEVIATION) + "%以上的" + large
                    + "份自评表，由相关单位重新开展自评并说明原因" + (worst.isEmpty() ? "" : "，重点关注" + String.join("、", worst)
                    + "等平均偏差率较高的部门") + "。"));
        }
        items.add(new ReportContent.Item("复核结果与预算安排挂钩", adviceSummary()));
        numbered(items);
        table("预算安排建议", List.of(column("复核等级", 1.2f, true), column("预算安排建议", 4, false), column("自评表（份）", 1.3f, true),
                column("全年预算数合计（万元）", 2, true)), stats.advice().stream().map(a -> List.of(gradeOf(a.advice()),
                FormBudgetAdvice.measure(a.advice(), fairCutPercent), String.valueOf(a.forms()), cell(a.budget()))).toList());
    }

    /** Counts by advice in the advice's own words, as {@link FormBudgetAdvice} gives them form by form. */
    private String adviceSummary() {
        List<String> parts = new ArrayList<>();
        for (ReviewStatistics.AdviceCount a : stats.advice()) {
            if (a.forms() > 0) {
                parts.add(a.forms() + "份复核等级为" + gradeOf(a.advice()) + "，" + FormBudgetAdvice.measure(a.advice(), fairCutPercent));
            }
        }
        int errors = stats.totals().withErrors();
        return "按复核总分确定结果应用：" + (parts.isEmpty() ? "无。" : String.join("；", parts) + "。")
                + (errors == 0 ? "" : "存在错误的" + errors + "份自评表，预算安排时从严审核。");
    }

    private static String gradeOf(BudgetAdvice advice) {
        for (Grade g : Grade.values()) {
            if (BudgetAdvice.forGrade(g) == advice) {
                return g.label();
            }
        }
        throw new IllegalStateException("no grade earns " + advice);
    }

    private List<ReviewStatistics.FlagCount> mainFlags() {
        return stats.flags().stream().limit(MAIN_PROBLEMS).toList();
    }

    private int largeDeviations() {
        Map<DeviationBucket, Integer> d = stats.deviationDistribution();
        return d.get(DeviationBucket.UP_TO_20) + d.get(DeviationBucket.FROM_20);
    }

    private List<String> fullMarkDepartments() {
        return batch.departmentFlags().entrySet().stream().filter(e -> e.getValue().code() == FlagCode.ALL_FULL_MARKS)
                .map(Map.Entry::getKey).sorted().toList();
    }

    private void numbered(List<ReportContent.Item> items) {
        if (items.isEmpty()) {
            text("无。");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            heading(2, ReportOutline.subNumber(i) + items.get(i).title());
            if (!items.get(i).text().isBlank()) {
                text(items.get(i).text());
            }
        }
    }

    private void heading(int level, String text) {
        blocks.add(new Heading(level, text, false));
    }

    private void text(String text) {
        blocks.add(new Paragraph(text));
    }

    private void table(String caption, List<Column> columns, List<List<String>> rows) {
        blocks.add(new Caption("表" + (++tables) + " " + caption));
        blocks.add(new Table(columns, rows));
    }

    private static Column column(String header, float width, boolean centred) {
        return new Column(header, width, centred);
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** A figure in a table: 2 decimals; a dash for none. */
    private static String cell(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A figure in running text, as the seed report writes them: 85.5, 38.63. */
    private static String prose(BigDecimal v) {
        return v == null ? "—" : plain(v.setScale(2, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
