package org.perfeval.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target or actual value as reports print it ({@code ≥11个}, {@code ≤8.5万元}, {@code 每周2次},
 * {@code 100%}): comparator, number and unit, with the original text kept. Text without a number
 * (增长, 符合) is qualitative and yields no quantity.
 */
public record Quantity(Comparator comparator, BigDecimal value, String unit, String text) {

    private static final Pattern FORM = Pattern.compile(
            "^(≥|>=|＞=|≤|<=|＜=|=|＝)?\\s*(每[日天周月季年])?\\s*(\\d+(?:\\.\\d+)?)\\s*([^\\d]{0,6})$");

    public static Optional<Quantity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('，', ',');
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = (m.group(2) == null ? "" : m.group(2)) + m.group(4).strip();
        if (unit.contains("年") && !unit.startsWith("每")) {
            return Optional.empty(); // "2022年全年" names a period, not a quantity
        }
        return Optional.of(new Quantity(comparatorOf(m.group(1)), new BigDecimal(m.group(3)), unit, text));
    }

    public static Quantity of(BigDecimal value) {
        return new Quantity(Comparator.AT_LEAST, value, "", value.toPlainString());
    }

    private static Comparator comparatorOf(String symbol) {
        if (symbol == null) {
            return Comparator.AT_LEAST;
        }
        return switch (symbol) {
            case "≤", "<=", "＜=" -> Comparator.AT_MOST;
            case "=", "＝" -> Comparator.EQUAL;
            default -> Comparator.AT_LEAST;
        };
    }
}
