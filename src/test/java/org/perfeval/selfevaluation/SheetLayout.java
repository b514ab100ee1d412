package org.perfeval.selfevaluation;

import java.util.Random;

/**
 * How a generated form is laid out on its worksheet, within what forms/FORMAT.md says real forms
 * do: rows added (blank rows, notes), merged first- and second-level cells (blank below the first),
 * 其中：本年财政拨款 for 其中：当年财政拨款, first-level names with their points, 执行率 as text, as a
 * number with a percent format or as a plain share, and the table shifted right by a leading column.
 */
public record SheetLayout(boolean extraRows, boolean mergedLevels, boolean thisYearAppropriation,
                          boolean pointsInFirstLevel, RateCell rate, boolean leadingColumn) {

    /** How the printed 执行率 is written. */
    public enum RateCell {
        /** the text {@code 95.88%} */
        TEXT,
        /** the number 0.9588 shown with the format {@code 0.00%} */
        PERCENT_NUMBER,
        /** the number 0.9588 as it is */
        SHARE
    }

    /** The national template as printed: every level cell filled, 当年财政拨款, the rate as text. */
    public static final SheetLayout PLAIN = new SheetLayout(false, false, false, false, RateCell.TEXT, false);

    /** Any mix of the variants, as a batch from many units has them. */
    public static SheetLayout random(Random random) {
        return new SheetLayout(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                RateCell.values()[random.nextInt(RateCell.values().length)], random.nextInt(4) == 0);
    }

    /** Each variant on its own, and all of them together. */
    public enum Variant {
        PLAIN_TEMPLATE(SheetLayout.PLAIN),
        EXTRA_ROWS(new SheetLayout(true, false, false, false, RateCell.TEXT, false)),
        MERGED_LEVELS(new SheetLayout(false, true, false, false, RateCell.TEXT, false)),
        THIS_YEAR_APPROPRIATION(new SheetLayout(false, false, true, false, RateCell.TEXT, false)),
        POINTS_IN_FIRST_LEVEL(new SheetLayout(false, false, false, true, RateCell.TEXT, false)),
        RATE_AS_PERCENT_NUMBER(new SheetLayout(false, false, false, false, RateCell.PERCENT_NUMBER, false)),
        RATE_AS_SHARE(new SheetLayout(false, false, false, false, RateCell.SHARE, false)),
        LEADING_COLUMN(new SheetLayout(false, false, false, false, RateCell.TEXT, true)),
        ALL_AT_ONCE(new SheetLayout(true, true, true, true, RateCell.PERCENT_NUMBER, true));

        private final SheetLayout layout;

        Variant(SheetLayout layout) {
            this.layout = layout;
        }

        public SheetLayout layout() {
            return layout;
        }
    }
}
