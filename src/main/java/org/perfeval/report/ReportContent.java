package org.perfeval.report;

import java.util.List;

/**
 * What an evaluation report says, in the order of the seed report; the Word and PDF renderers
 * only lay it out.
 */
public record ReportContent(String title, String subject, String bureau, String agency, String dateLine, boolean draft,
                            String abstractText, String overview, List<TargetRow> targets, String fundsText,
                            List<Row> ratios, String conclusion, List<Row> firstLevel, List<ScoreRow> scores,
                            String experience, List<Item> findings, List<Item> recommendations,
                            List<CommentRow> comments, String evidenceSummary, List<EvidenceRow> evidence,
                            String overviewLabel) {

    /** The watermark of a report not yet approved. */
    public static final String DRAFT_MARK = "征求意见稿";

    /** The heading of the appendix that lists the comments on the draft and how each was answered. */
    public static final String COMMENTS_APPENDIX = "附件：意见采纳情况表";

    /** The heading of the appendix that lists the evidence each indicator's score rests on. */
    public static final String EVIDENCE_APPENDIX = "附件：佐证材料清单";

    /** A department's report: its overview is the 部门概况. */
    public ReportContent(String title, String subject, String bureau, String agency, String dateLine, boolean draft,
                         String abstractText, String overview, List<TargetRow> targets, String fundsText,
                         List<Row> ratios, String conclusion, List<Row> firstLevel, List<ScoreRow> scores,
                         String experience, List<Item> findings, List<Item> recommendations,
                         List<CommentRow> comments, String evidenceSummary, List<EvidenceRow> evidence) {
        this(title, subject, bureau, agency, dateLine, draft, abstractText, overview, targets, fundsText, ratios, conclusion,
                firstLevel, scores, experience, findings, recommendations, comments, evidenceSummary, evidence, "部门概况");
    }

    public ReportContent {
        overviewLabel = overviewLabel == null ? "部门概况" : overviewLabel;
        comments = List.copyOf(comments);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A row of the evidence appendix: the indicator by its three levels and its files, or 无. */
    public record EvidenceRow(String first, String second, String third, String files) {
    }

    public record TargetRow(String first, String second, String third, String target) {
    }

    public record ScoreRow(String first, String second, String third, String weight, String score, String reason) {
    }

    public record Row(String label, String value, String extra) {
    }

    /** A row of the comment appendix: 序号, 意见来源, 意见内容, 采纳情况, 说明. */
    public record CommentRow(String number, String source, String text, String response, String explanation) {
    }

    /** A finding or recommendation: its heading and the text under it. */
    public record Item(String title, String text) {
    }

    /** Section headings of a department's report body, in order (tests and renderers share them); a project's has 项目概况. */
    public static final List<String> HEADINGS = List.of("摘 要", "一、概述要素", "（一）部门概况", "（二）年度绩效目标",
            "（三）资金收支、结余情况", "（四）评分结论", "二、主要经验和做法", "三、存在的问题", "四、下一步改进建议");
}
