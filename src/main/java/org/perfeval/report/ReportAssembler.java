package org.perfeval.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.perfeval.common.Rate;
import org.perfeval.evaluation.DraftItem;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvidenceCompleteness;
import org.perfeval.evaluation.EvidenceRef;
import org.perfeval.evaluation.ReportGaps;
import org.perfeval.evaluation.ReportSections;
import org.perfeval.evaluation.ReviewComment;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Funds;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.scoring.IndicatorResult;
import org.perfeval.scoring.ScoreResult;
import org.perfeval.report.ReportContent.CommentRow;
import org.perfeval.report.ReportContent.Item;
import org.perfeval.report.ReportContent.Row;
import org.perfeval.report.ReportContent.ScoreRow;
import org.perfeval.report.ReportContent.TargetRow;

/** Gathers a report's content from the stored evaluation: tables and figures from the data, free text from the evaluator. */
public final class ReportAssembler {

    private static final EnumSet<EvaluationStatus> APPROVED =
            EnumSet.of(EvaluationStatus.PUBLISHED, EvaluationStatus.RECTIFICATION, EvaluationStatus.CLOSED);

    private ReportAssembler() {
    }

    public static ReportContent of(Evaluation e, LocalDate date) {
        ScoreSheet sheet = e.sheet();
        ScoreResult result = e.result();
        ReportSections sections = e.reportSections();
        String subject = e.getSubject().getName();
        String title = e.getTitle().endsWith("报告") ? e.getTitle() : e.getTitle() + "报告";
        String firstLevelNames = String.join("、", firstLevelNames(sheet));
        boolean draft = !APPROVED.contains(e.getStatus());
        // a draft (征求意见稿) may show what is still to be written; an approved report has every part filled
        String abstractText = or(sections.abstractText(), draft, "摘要");
        String overview = or(sections.overview(), draft, ReportGaps.overviewLabel(e.getKind()));
        String experience = or(sections.experience(), draft, "主要经验和做法");
        return new ReportContent(title, subject, e.getBureau().getName(), e.getAgency().getName(), ChineseDates.yearMonth(date),
                draft, abstractText, overview, targets(sheet),
                fundsText(e.getYear(), subject, sheet.funds(), result),
                ratioRows(result), conclusion(subject, firstLevelNames, result), firstLevel(result),
                scores(result), experience, items(e.findings()), items(e.recommendations()), comments(e.comments()),
                evidenceSummary(e), evidenceRows(e), ReportGaps.overviewLabel(e.getKind()));
    }

    /** The section as written; where empty, in a draft the mark of what is to be written, otherwise nothing. */
    private static String or(String text, boolean draft, String section) {
        if (text != null && !text.isBlank()) {
            return text;
        }
        return draft ? GAP_MARK.formatted(section) : "";
    }

    /** How a draft marks a section still to be written. */
    static final String GAP_MARK = "（待填写：%s）";

    private static List<String> firstLevelNames(ScoreSheet sheet) {
        List<String> names = new ArrayList<>();
        for (Indicator ind : sheet.allIndicators()) {
            if (!names.contains(ind.path().get(0))) {
                names.add(ind.path().get(0));
            }
        }
        return names;
    }

    private static List<TargetRow> targets(ScoreSheet sheet) {
        List<TargetRow> rows = new ArrayList<>();
        for (Indicator ind : sheet.allIndicators()) {
            String target = ind.target() != null ? ind.target() : ind.formula() != null ? "按公式计算" : "";
            rows.add(new TargetRow(level(ind.path(), 0), level(ind.path(), 1), level(ind.path(), 2), target));
        }
        return blankRepeats(rows, TargetRow::first, TargetRow::second,
                (r, first, second) -> new TargetRow(first, second, r.third(), r.target()));
    }

    private static String level(List<String> path, int i) {
        return path.size() > i ? path.get(i) : "";
    }

    private static String fundsText(int year, String subject, Funds funds, ScoreResult result) {
        if (funds.isEmpty()) {
            return "被评价单位尚未提交资金数据。";
        }
        StringBuilder text = new StringBuilder();
        text.append(year).append("年").append(subject);
        funds.get("initialBudget").ifPresent(a -> text.append("财政拨款收入预算为").append(plain(a.wan())).append("万元"));
        funds.get("adjustedBudget").ifPresent(a -> text.append("，调整后预算数为").append(plain(a.wan())).append("万元"));
        text.append("。");
        if (funds.get("expenditure").isPresent()) {
            text.append(year).append("年财政拨款支出决算为").append(amount(funds, "expenditure")).append("万元");
            if (funds.get("basicExpenditure").isPresent() && funds.get("projectExpenditure").isPresent()) {
                text.append("，其中基本支出").append(amount(funds, "basicExpenditure")).append("万元，项目支出")
                        .append(amount(funds, "projectExpenditure")).append("万元");
            }
            String execution = ratio(result, Formula.BUDGET_EXECUTION_RATE);
            if (execution != null) {
                text.append("，预算执行率").append(execution);
            }
            text.append("。");
        }
        if (funds.get("procurementBudget").isPresent() && funds.get("procurementExecuted").isPresent()) {
            text.append("政府采购预算总额").append(amount(funds, "procurementBudget")).append("万元，实际执行")
                    .append(amount(funds, "procurementExecuted")).append("万元");
            String procurement = ratio(result, Formula.PROCUREMENT_EXECUTION_RATE);
            text.append(procurement == null ? "。" : "，政府采购执行率为" + procurement + "。");
        }
        return text.toString();
    }

    private static String amount(Funds funds, String key) {
        return plain(funds.get(key).orElseThrow().wan());
    }

    private static String ratio(ScoreResult result, Formula formula) {
        Rate rate = result == null ? null : result.ratios().get(formula);
        return rate == null ? null : plain(rate.percent()) + "%";
    }

    private static List<Row> ratioRows(ScoreResult result) {
        List<Row> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        for (Formula f : Formula.values()) {
            String value = ratio(result, f);
            if (value != null) {
                rows.add(new Row(f.label(), value, ""));
            }
        }
        return rows;
    }

    private static String conclusion(String subject, String firstLevelNames, ScoreResult result) {
        if (result == null) {
            return "尚未评分。";
        }
        return "通过对" + subject + firstLevelNames + "等方面进行评价，根据各项指标得分情况，得出总体得分为"
                + plain(result.total().points()) + "分，综合绩效评价等级为“" + result.grade().label() + "”。";
    }

    private static List<Row> firstLevel(ScoreResult result) {
        List<Row> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        for (ScoreResult.Subtotal s : result.subtotals()) {
            if (s.path().size() == 1) {
                rows.add(new Row(s.path().get(0), plain(s.weight().points()), plain(s.score().points())));
            }
        }
        rows.add(new Row("合计", "100", plain(result.total().points())));
        return rows;
    }

    private static List<ScoreRow> scores(ScoreResult result) {
        List<ScoreRow> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        for (IndicatorResult r : result.indicators()) {
            String reason = r.deducted() ? r.explanation() : "";
            rows.add(new ScoreRow(level(r.path(), 0), level(r.path(), 1), level(r.path(), 2), plain(r.weight().points()),
                    plain(r.score().points()), reason));
        }
        return blankRepeats(rows, ScoreRow::first, ScoreRow::second,
                (r, first, second) -> new ScoreRow(first, second, r.third(), r.weight(), r.score(), r.reason()));
    }

    /** Like the printed tables: a first- or second-level name is written once, where its group starts. */
    private static <R> List<R> blankRepeats(List<R> rows, java.util.function.Function<R, String> first,
                                            java.util.function.Function<R, String> second, Rebuild<R> rebuild) {
        List<R> out = new ArrayList<>();
        String lastFirst = null;
        String lastSecond = null;
        for (R r : rows) {
            boolean sameFirst = first.apply(r).equals(lastFirst);
            boolean sameSecond = sameFirst && second.apply(r).equals(lastSecond);
            out.add(rebuild.with(r, sameFirst ? "" : first.apply(r), sameSecond ? "" : second.apply(r)));
            lastFirst = first.apply(r);
            lastSecond = second.apply(r);
        }
        return out;
    }

    private interface Rebuild<R> {
        R with(R row, String first, String second);
    }

    private static List<Item> items(List<DraftItem> list) {
        return list.stream().map(d -> new Item(d.title(), d.text() == null ? "" : d.text())).toList();
    }

    /**
     * How much of the scoring rests on evidence, and the indicators scored without any by name (reviewers
     * give no points without evidence, so the reader must see which they are).
     */
    private static String evidenceSummary(Evaluation e) {
        EvidenceCompleteness c = EvidenceCompleteness.of(e);
        String figure = "佐证完整度：" + c.scored() + "项指标中" + c.withEvidence() + "项附有佐证材料"
                + c.byCount().map(r -> "（" + r + "）").orElse("") + "，按分值计"
                + c.byWeight().map(Rate::toString).orElse("0%") + "。";
        StringBuilder text = new StringBuilder(figure);
        if (!e.evidence().isEmpty()) {
            text.append("\n被评价单位报送的资金数据附有：").append(names(e.evidence())).append("。");
        }
        if (!c.missing().isEmpty()) {
            text.append("\n以下").append(c.missing().size()).append("项指标评分未附佐证材料：")
                    .append(String.join("、", c.missing().stream().map(Indicator::name).toList())).append("。");
        }
        return text.toString();
    }

    /** Every indicator with the files its value or score cites, 无 where none. */
    private static List<ReportContent.EvidenceRow> evidenceRows(Evaluation e) {
        if (e.sheet().indicators().isEmpty()) {
            return List.of();
        }
        Map<String, List<EvidenceRef>> cited = new HashMap<>();
        e.indicatorEvidence().forEach(i -> cited.put(String.join("/", i.path()), i.evidence()));
        List<ReportContent.EvidenceRow> rows = new ArrayList<>();
        for (Indicator ind : e.sheet().indicators()) {
            List<EvidenceRef> files = cited.getOrDefault(ind.key(), List.of());
            rows.add(new ReportContent.EvidenceRow(level(ind.path(), 0), level(ind.path(), 1), level(ind.path(), 2),
                    files.isEmpty() ? "无" : names(files)));
        }
        return blankRepeats(rows, ReportContent.EvidenceRow::first, ReportContent.EvidenceRow::second,
                (r, first, second) -> new ReportContent.EvidenceRow(first, second, r.third(), r.files()));
    }

    private static String names(List<EvidenceRef> refs) {
        return String.join("、", refs.stream().map(r -> "《" + r.label() + "》").toList());
    }

    /** The comment matrix as the appendix prints it; a comment not yet answered says so. */
    private static List<CommentRow> comments(List<ReviewComment> list) {
        return list.stream().map(c -> new CommentRow(String.valueOf(c.id()), c.source().label(), c.text(),
                c.isOpen() ? "待答复" : c.response().label(), explanation(c))).toList();
    }

    /** Why it was (partly) not adopted, then what was changed in the report. */
    private static String explanation(ReviewComment c) {
        String resolution = c.resolution() == null ? null : "修改情况：" + c.resolution();
        if (c.explanation() == null) {
            return resolution == null ? "" : resolution;
        }
        return resolution == null ? c.explanation() : c.explanation() + "\n" + resolution;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
