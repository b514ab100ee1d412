package org.perfeval.report;

import java.util.List;

/**
 * One piece of the report's outline. Blocks say what is printed, never how: the renderers give each kind its
 * layout through {@link Layout}, whose one method per kind makes every renderer handle every kind.
 */
public sealed interface Block {

    /** Hands this block to the method of the layout that lays out its kind. */
    void layOut(Layout layout);

    /** How a renderer lays out each kind of block. */
    interface Layout {
        void cover(Cover cover);

        void heading(Heading heading);

        void paragraph(Paragraph paragraph);

        void caption(Caption caption);

        void table(Table table);

        void pageBreak(PageBreak pageBreak);
    }

    /** The cover page: the title, the parties' lines and the date, followed by a page break. */
    record Cover(String title, List<String> lines, String date) implements Block {
        public Cover {
            lines = List.copyOf(lines);
        }

        @Override
        public void layOut(Layout layout) {
            layout.cover(this);
        }
    }

    /** A section heading of level 1 or 2 (Word's Heading1/Heading2); the abstract's heading is centred. */
    record Heading(int level, String text, boolean centred) implements Block {
        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level 1 or 2, not " + level);
            }
        }

        @Override
        public void layOut(Layout layout) {
            layout.heading(this);
        }
    }

    /** One paragraph of body text, a single line of the source text. */
    record Paragraph(String text) implements Block {
        @Override
        public void layOut(Layout layout) {
            layout.paragraph(this);
        }
    }

    /** The caption above a table, e.g. 表1 年度绩效目标表. */
    record Caption(String text) implements Block {
        @Override
        public void layOut(Layout layout) {
            layout.caption(this);
        }
    }

    /** A table whose first row is its header; every row has one cell per column. */
    record Table(List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(columns.size() + " cells expected in " + row);
                }
            }
        }

        public List<String> headers() {
            return columns.stream().map(Column::header).toList();
        }

        /** Relative widths, as OpenPDF's tables take them. */
        public float[] widths() {
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columns.get(i).width();
            }
            return widths;
        }

        @Override
        public void layOut(Layout layout) {
            layout.table(this);
        }
    }

    /** What follows starts on a new page (an appendix). */
    record PageBreak() implements Block {
        @Override
        public void layOut(Layout layout) {
            layout.pageBreak(this);
        }
    }

    /** A table column: its header, its width relative to the other columns, and whether its cells are centred. */
    record Column(String header, float width, boolean centred) {
    }
}
