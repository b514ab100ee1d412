package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/**
 * A third-level indicator as forms have it: its name and how its target is written and met. The
 * generator draws a target from the range and an actual value that meets it without exceeding it
 * by 30% (which would want an explanation).
 *
 * @param low smallest target (for percentages the first of the targets, in steps of 5 up to high)
 * @param decimals of the target and the actual value
 */
public record IndicatorTemplate(String name, Shape shape, String unit, BigDecimal low, BigDecimal high, int decimals,
                                String qualitativeTarget, String qualitativeActual) {

    /** How the target compares: more is better, a share of at least, exactly 100%, a ceiling, or words. */
    public enum Shape {
        AT_LEAST, PERCENT_AT_LEAST, PERCENT_EXACT, AT_MOST, QUALITATIVE;

        boolean quantitative() {
            return this != QUALITATIVE;
        }
    }

    static IndicatorTemplate atLeast(String name, String unit, double low, double high, int decimals) {
        return new IndicatorTemplate(name, Shape.AT_LEAST, unit, BigDecimal.valueOf(low), BigDecimal.valueOf(high), decimals,
                null, null);
    }

    static IndicatorTemplate percent(String name, int low, int high) {
        return new IndicatorTemplate(name, Shape.PERCENT_AT_LEAST, "%", BigDecimal.valueOf(low), BigDecimal.valueOf(high), 0,
                null, null);
    }

    static IndicatorTemplate exact(String name) {
        return new IndicatorTemplate(name, Shape.PERCENT_EXACT, "%", DeskReview.HUNDRED, DeskReview.HUNDRED, 0, null, null);
    }

    static IndicatorTemplate atMost(String name, String unit, double low, double high, int decimals) {
        return new IndicatorTemplate(name, Shape.AT_MOST, unit, BigDecimal.valueOf(low), BigDecimal.valueOf(high), decimals,
                null, null);
    }

    static IndicatorTemplate qualitative(String name, String target, String actual) {
        return new IndicatorTemplate(name, Shape.QUALITATIVE, "", null, null, 0, target, actual);
    }

    /** The same indicator under another name (a second one of its kind on a long form). */
    IndicatorTemplate named(String other) {
        return new IndicatorTemplate(other, shape, unit, low, high, decimals, qualitativeTarget, qualitativeActual);
    }

    BigDecimal drawTarget(Random random) {
        return switch (shape) {
            case PERCENT_AT_LEAST -> low.add(BigDecimal.valueOf(5L * random.nextInt(high.subtract(low).intValue() / 5 + 1)));
            case PERCENT_EXACT -> DeskReview.HUNDRED;
            case QUALITATIVE -> null;
            default -> between(random, low, high, decimals);
        };
    }

    /** The target as units write it: ≥12处, 12处, 不少于12处, 12处以上; ≤17.4万元, 不超过17.4万元 …. */
    String targetText(BigDecimal target, Random random, int year) {
        if (shape == Shape.QUALITATIVE) {
            return qualitativeTarget.replace("{year}", String.valueOf(year));
        }
        String v = format(target);
        return switch (shape) {
            case AT_LEAST -> pick(random, List.of("≥" + v, v, "不少于" + v, v + "以上"));
            case PERCENT_AT_LEAST -> pick(random, List.of("≥" + v, v + "以上", "不低于" + v, v));
            case PERCENT_EXACT -> pick(random, List.of("=" + v, v));
            case AT_MOST -> pick(random, List.of("≤" + v, "≤" + v, "不超过" + v, v + "以内", "控制在" + v + "以内"));
            case QUALITATIVE -> throw new IllegalStateException("words, no number");
        };
    }

    /** A cost ceiling written as a floor (≥17.4万元): what COST_TARGET_DIRECTION is about. */
    String floorText(BigDecimal target, Random random) {
        String v = format(target);
        return pick(random, List.of("≥" + v, "不低于" + v, v + "以上"));
    }

    /** An actual value that meets the target and stays below 130% of a floor. */
    String metActual(BigDecimal target, Random random) {
        return switch (shape) {
            case AT_LEAST -> format(scaled(target, random, 1.0, 1.2, RoundingMode.DOWN));
            case PERCENT_AT_LEAST -> format(between(random, target, target.add(BigDecimal.valueOf(6)).min(DeskReview.HUNDRED), 1));
            case PERCENT_EXACT -> format(target);
            case AT_MOST -> format(scaled(target, random, 0.85, 1.0, RoundingMode.DOWN).max(unitStep()));
            case QUALITATIVE -> qualitativeActual;
        };
    }

    /** target × a factor drawn from [from, to), at the template's decimals. */
    BigDecimal scaled(BigDecimal target, Random random, double from, double to, RoundingMode rounding) {
        BigDecimal factor = BigDecimal.valueOf(from + (to - from) * random.nextDouble());
        return target.multiply(factor).setScale(decimals, rounding);
    }

    private BigDecimal unitStep() {
        return BigDecimal.ONE.movePointLeft(decimals);
    }

    /** A value with its unit, no trailing zeros: 12处, 8.4公里, 96.5%. */
    String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + unit;
    }

    private static BigDecimal between(Random random, BigDecimal from, BigDecimal to, int decimals) {
        BigDecimal span = to.subtract(from);
        return from.add(span.multiply(BigDecimal.valueOf(random.nextDouble()))).setScale(decimals, RoundingMode.DOWN).max(from);
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
