package org.perfeval.report;

/**
 * Relative column widths and alignment of the report's tables; {@link ReportOutline} puts them on the tables, so
 * that the Word and the PDF rendering print the same layout: narrow figure columns, room for indicator names,
 * 扣分原因 and the comments with their answers.
 */
final class ColumnWidths {

    static final float[] TARGETS = {2, 2.5f, 4, 2.5f};
    static final float[] RATIOS = {3, 2};
    static final float[] FIRST_LEVEL = {3, 1.5f, 1.5f};
    static final float[] SCORES = {1.9f, 2, 3, 1.1f, 1.1f, 4.3f};
    static final float[] COMMENTS = {0.9f, 2.6f, 5, 1.5f, 4.3f};
    static final float[] EVIDENCE = {2, 2.5f, 4, 5.5f};

    /** Figures, and the short numbers and words of the comment appendix. */
    private static final java.util.Set<String> FIGURES = java.util.Set.of("分值", "得分", "数值", "序号", "采纳情况");

    private ColumnWidths() {
    }

    /** Figure columns (and the appendix's 序号 and 采纳情况) are centred, as in the seed report. */
    static boolean isFigure(String header) {
        return FIGURES.contains(header);
    }
}
