package org.perfeval.report;

/**
 * Relative column widths and alignment of the report's tables; {@link ReportOutline} puts them on the tables, so
 * that the Word and the PDF rendering print the same layout: narrow figure columns, room for indicator names and
 * 扣分原因.
 */
final class ColumnWidths {

    static final float[] TARGETS = {2, 2.5f, 4, 2.5f};
    static final float[] RATIOS = {3, 2};
    static final float[] FIRST_LEVEL = {3, 1.5f, 1.5f};
    static final float[] SCORES = {1.9f, 2, 3, 1.1f, 1.1f, 4.3f};

    private static final java.util.Set<String> FIGURES = java.util.Set.of("分值", "得分", "数值");

    private ColumnWidths() {
    }

    /** Figure columns are centred, as in the seed report. */
    static boolean isFigure(String header) {
        return FIGURES.contains(header);
    }
}
