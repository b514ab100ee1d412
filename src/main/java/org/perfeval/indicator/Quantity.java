package org.perfeval.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target or actual value as reports print it ({@code ≥11个}, {@code ≤8.5万元}, {@code 每周2次},
 * {@code 100%}, {@code 98%以上}, {@code 不超过5%}): comparator, number and unit, with the original text kept. Text without a number
 * (增长, 符合) is qualitative and yields no quantity.
 */
public record Quantity(Comparator comparator, BigDecimal value, String unit, String text) {

    // comparator words before the number (不低于90%, 控制在5%) or after it (98%以上, 5%以内)
    private static final Pattern FORM = Pattern.compile("^(?<pre>≥|>=|＞=|≧|≤|<=|＜=|≦|=|＝|>|＞|<|＜"
            + "|不低于|不少于|不小于|大于等于|大于|超过|高于|达到|不高于|不超过|不多于|不大于|小于等于|小于|低于|少于|控制在|等于)?"
            + "\\s*(?<per>每[日天周月季年])?\\s*(?<num>\\d+(?:\\.\\d+)?)\\s*(?<unit>[^\\d]{0,6}?)\\s*"
            + "(?<post>(?:及|或)?以上|(?:及|或)?以下|以内)?$");

    public static Optional<Quantity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('％', '%').replaceAll("(?<=\\d)[,，](?=\\d{3}(?!\\d))", "");
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = (m.group("per") == null ? "" : m.group("per")) + m.group("unit").strip();
        if (unit.contains("年") && !unit.startsWith("每")) {
            return Optional.empty(); // "2022年全年" names a period, not a quantity
        }
        return Optional.of(new Quantity(comparatorOf(m.group("pre"), m.group("post")), new BigDecimal(m.group("num")), unit, text));
    }

    public static Quantity of(BigDecimal value) {
        return new Quantity(Comparator.AT_LEAST, value, "", value.toPlainString());
    }

    /** A word before the number decides; else one after it; a plain number means "at least". */
    private static Comparator comparatorOf(String before, String after) {
        if (before != null) {
            switch (before) {
                case "≤", "<=", "＜=", "≦", "<", "＜", "不高于", "不超过", "不多于", "不大于", "小于等于", "小于", "低于", "少于", "控制在" -> {
                    return Comparator.AT_MOST;
                }
                case "=", "＝", "等于" -> {
                    return Comparator.EQUAL;
                }
                default -> {
                    return Comparator.AT_LEAST;
                }
            }
        }
        if (after != null && (after.endsWith("以下") || after.equals("以内"))) {
            return Comparator.AT_MOST;
        }
        return Comparator.AT_LEAST;
    }
}
