package org.perfeval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perfeval.report.Block.Caption;
import org.perfeval.report.Block.Column;
import org.perfeval.report.Block.Cover;
import org.perfeval.report.Block.Heading;
import org.perfeval.report.Block.PageBreak;
import org.perfeval.report.Block.Paragraph;
import org.perfeval.report.Block.Table;

/**
 * The report's wording and order, as in the seed report: the cover, then the sections of
 * {@link ReportContent#HEADINGS} with their text, tables and numbered findings and recommendations, and,
 * the appendix of the evidence per indicator, naming the indicators scored without any, and, when the
 * draft drew comments, the appendix of how each was answered; each appendix on a page of its own.
 */
public final class ReportOutline {

    /** Numbered sub-headings count （一） to （十）, then carry on in digits. */
    private static final List<String> NUMBERS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

    private final List<Block> blocks = new ArrayList<>();

    private ReportOutline() {
    }

    public static ReportDocument of(ReportContent c) {
        ReportOutline o = new ReportOutline();
        o.blocks.add(new Cover(c.title(),
                List.of("实施单位：" + c.subject(), "委托单位：" + c.bureau(), "评价机构：" + c.agency()), c.dateLine()));
        o.blocks.add(new Heading(1, "摘 要", true));
        o.text(c.abstractText());
        o.heading(1, "一、概述要素");
        o.heading(2, "（一）" + c.overviewLabel());
        o.text(c.overview());
        o.heading(2, "（二）年度绩效目标");
        o.caption("表1 年度绩效目标表");
        o.table(columns(ColumnWidths.TARGETS, "一级指标", "二级指标", "三级指标", "指标值"),
                c.targets().stream().map(t -> List.of(t.first(), t.second(), t.third(), t.target())).toList());
        o.heading(2, "（三）资金收支、结余情况");
        o.text(c.fundsText());
        if (!c.ratios().isEmpty()) {
            o.table(columns(ColumnWidths.RATIOS, "财务指标", "数值"),
                    c.ratios().stream().map(r -> List.of(r.label(), r.value())).toList());
        }
        o.heading(2, "（四）评分结论");
        o.text(c.conclusion());
        if (!c.firstLevel().isEmpty()) {
            o.caption("表2 一级指标得分");
            o.table(columns(ColumnWidths.FIRST_LEVEL, "一级指标", "分值", "得分"),
                    c.firstLevel().stream().map(r -> List.of(r.label(), r.value(), r.extra())).toList());
            o.caption("表3 绩效评价评分表");
            o.table(columns(ColumnWidths.SCORES, "一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"),
                    c.scores().stream().map(s -> List.of(s.first(), s.second(), s.third(), s.weight(), s.score(), s.reason()))
                            .toList());
        }
        o.heading(1, "二、主要经验和做法");
        o.text(c.experience());
        o.heading(1, "三、存在的问题");
        o.numbered(c.findings());
        o.heading(1, "四、下一步改进建议");
        o.numbered(c.recommendations());
        if (!c.evidence().isEmpty()) {
            o.blocks.add(new PageBreak());
            o.heading(1, ReportContent.EVIDENCE_APPENDIX);
            o.text(c.evidenceSummary());
            o.table(columns(ColumnWidths.EVIDENCE, "一级指标", "二级指标", "三级指标", "佐证材料"),
                    c.evidence().stream().map(r -> List.of(r.first(), r.second(), r.third(), r.files())).toList());
        }
        if (!c.comments().isEmpty()) {
            o.blocks.add(new PageBreak());
            o.heading(1, ReportContent.COMMENTS_APPENDIX);
            o.table(columns(ColumnWidths.COMMENTS, "序号", "意见来源", "意见内容", "采纳情况", "说明"),
                    c.comments().stream().map(r -> List.of(r.number(), r.source(), r.text(), r.response(), r.explanation()))
                            .toList());
        }
        Optional<String> watermark = c.draft() ? Optional.of(ReportContent.DRAFT_MARK) : Optional.empty();
        return new ReportDocument(c.title(), watermark, o.blocks);
    }

    private void heading(int level, String text) {
        blocks.add(new Heading(level, text, false));
    }

    /** Each line of the text is a paragraph of its own. */
    private void text(String text) {
        for (String line : text.split("\n")) {
            blocks.add(new Paragraph(line));
        }
    }

    private void caption(String text) {
        blocks.add(new Caption(text));
    }

    private void table(List<Column> columns, List<List<String>> rows) {
        blocks.add(new Table(columns, rows));
    }

    /** Findings and recommendations: （一） title, then its text; 无。 when there are none. */
    private void numbered(List<ReportContent.Item> items) {
        if (items.isEmpty()) {
            text("无。");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            heading(2, subNumber(i) + items.get(i).title());
            if (!items.get(i).text().isBlank()) {
                text(items.get(i).text());
            }
        }
    }

    /** The number of the {@code index}-th sub-heading (from 0): （一） to （十）, then （11）…. */
    static String subNumber(int index) {
        return "（" + (index < NUMBERS.size() ? NUMBERS.get(index) : String.valueOf(index + 1)) + "）";
    }

    private static List<Column> columns(float[] widths, String... headers) {
        if (widths.length != headers.length) {
            throw new IllegalArgumentException(headers.length + " headers for " + widths.length + " widths");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            columns.add(new Column(headers[i], widths[i], ColumnWidths.isFigure(headers[i])));
        }
        return columns;
    }
}
