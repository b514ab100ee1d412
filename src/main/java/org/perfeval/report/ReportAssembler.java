package org.perfeval.report;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.indicator.Formula;
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
        JsonObject sheet = e.sheet();
        JsonObject result = e.result();
        JsonObject sections = e.reportSections();
        String subject = e.getSubject().getName();
        String title = e.getTitle().endsWith("报告") ? e.getTitle() : e.getTitle() + "报告";
        String firstLevelNames = String.join("、", firstLevelNames(sheet));
        String abstractText = sections.getString("abstract", "受" + e.getBureau().getName() + "委托，" + e.getAgency().getName()
                + "组织专业人员对" + subject + e.getYear() + "年" + (e.getKind().name().equals("DEPARTMENT") ? "部门整体支出" : "项目支出")
                + "进行绩效评价，现将评价报告摘要如下：");
        String overview = sections.getString("overview", subject + "为本次评价的被评价单位。");
        String experience = sections.getString("experience", "（评价机构尚未填写）");
        return new ReportContent(title, subject, e.getBureau().getName(), e.getAgency().getName(), ChineseDates.yearMonth(date),
                !APPROVED.contains(e.getStatus()), abstractText, overview, targets(sheet),
                fundsText(e.getYear(), subject, sheet.getJsonObject("funds"), result),
                ratioRows(result), conclusion(subject, firstLevelNames, result), firstLevel(result),
                scores(result), experience, items(e.findings(), "evidence"), items(e.recommendations(), "text"));
    }

    private static List<String> firstLevelNames(JsonObject sheet) {
        List<String> names = new ArrayList<>();
        for (JsonValue v : indicators(sheet)) {
            String first = v.asJsonObject().getJsonArray("path").getString(0);
            if (!names.contains(first)) {
                names.add(first);
            }
        }
        return names;
    }

    private static JsonArray indicators(JsonObject sheet) {
        return sheet.containsKey("indicators") ? sheet.getJsonArray("indicators") : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static List<TargetRow> targets(JsonObject sheet) {
        List<TargetRow> rows = new ArrayList<>();
        for (JsonValue v : indicators(sheet)) {
            JsonObject ind = v.asJsonObject();
            JsonArray path = ind.getJsonArray("path");
            String target = ind.getString("target", ind.containsKey("formula") ? "按公式计算" : "");
            rows.add(new TargetRow(level(path, 0), level(path, 1), level(path, 2), target));
        }
        return blankRepeats(rows, TargetRow::first, TargetRow::second,
                (r, first, second) -> new TargetRow(first, second, r.third(), r.target()));
    }

    private static String level(JsonArray path, int i) {
        return path.size() > i ? path.getString(i) : "";
    }

    private static String fundsText(int year, String subject, JsonObject funds, JsonObject result) {
        if (funds == null) {
            return "被评价单位尚未提交资金数据。";
        }
        StringBuilder text = new StringBuilder();
        text.append(year).append("年").append(subject);
        if (funds.containsKey("initialBudget")) {
            text.append("财政拨款收入预算为").append(amount(funds, "initialBudget")).append("万元");
        }
        if (funds.containsKey("adjustedBudget")) {
            text.append("，调整后预算数为").append(amount(funds, "adjustedBudget")).append("万元");
        }
        text.append("。");
        if (funds.containsKey("expenditure")) {
            text.append(year).append("年财政拨款支出决算为").append(amount(funds, "expenditure")).append("万元");
            if (funds.containsKey("basicExpenditure") && funds.containsKey("projectExpenditure")) {
                text.append("，其中基本支出").append(amount(funds, "basicExpenditure")).append("万元，项目支出")
                        .append(amount(funds, "projectExpenditure")).append("万元");
            }
            String execution = ratio(result, "budgetExecutionRate");
            if (execution != null) {
                text.append("，预算执行率").append(execution);
            }
            text.append("。");
        }
        if (funds.containsKey("procurementBudget") && funds.containsKey("procurementExecuted")) {
            text.append("政府采购预算总额").append(amount(funds, "procurementBudget")).append("万元，实际执行")
                    .append(amount(funds, "procurementExecuted")).append("万元");
            String procurement = ratio(result, "procurementExecutionRate");
            text.append(procurement == null ? "。" : "，政府采购执行率为" + procurement + "。");
        }
        return text.toString();
    }

    private static String amount(JsonObject funds, String key) {
        return plain(funds.getJsonNumber(key).bigDecimalValue());
    }

    private static String ratio(JsonObject result, String key) {
        if (result == null || !(result.getJsonObject("ratios").get(key) instanceof JsonNumber n)) {
            return null;
        }
        return plain(n.bigDecimalValue()) + "%";
    }

    private static List<Row> ratioRows(JsonObject result) {
        List<Row> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        for (Formula f : Formula.values()) {
            String value = ratio(result, f.ratioKey());
            if (value != null) {
                rows.add(new Row(f.label(), value, ""));
            }
        }
        return rows;
    }

    private static String conclusion(String subject, String firstLevelNames, JsonObject result) {
        if (result == null) {
            return "尚未评分。";
        }
        return "通过对" + subject + firstLevelNames + "等方面进行评价，根据各项指标得分情况，得出总体得分为"
                + plain(result.getJsonNumber("total").bigDecimalValue()) + "分，综合绩效评价等级为“" + result.getString("grade") + "”。";
    }

    private static List<Row> firstLevel(JsonObject result) {
        List<Row> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        for (JsonValue v : result.getJsonArray("subtotals")) {
            JsonObject s = v.asJsonObject();
            if (s.getJsonArray("path").size() == 1) {
                rows.add(new Row(s.getJsonArray("path").getString(0), plain(s.getJsonNumber("weight").bigDecimalValue()),
                        plain(s.getJsonNumber("score").bigDecimalValue())));
            }
        }
        rows.add(new Row("合计", "100", plain(result.getJsonNumber("total").bigDecimalValue())));
        return rows;
    }

    private static List<ScoreRow> scores(JsonObject result) {
        List<ScoreRow> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        for (JsonValue v : result.getJsonArray("indicators")) {
            JsonObject r = v.asJsonObject();
            JsonArray path = r.getJsonArray("path");
            BigDecimal weight = r.getJsonNumber("weight").bigDecimalValue();
            BigDecimal score = r.getJsonNumber("score").bigDecimalValue();
            String reason = score.compareTo(weight) < 0 ? r.getString("explanation") : "";
            rows.add(new ScoreRow(level(path, 0), level(path, 1), level(path, 2), plain(weight), plain(score), reason));
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

    private static List<Item> items(JsonArray list, String textKey) {
        List<Item> items = new ArrayList<>();
        for (JsonValue v : list) {
            JsonObject o = v.asJsonObject();
            items.add(new Item(o.getString("title"), o.getString(textKey, "")));
        }
        return items;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
