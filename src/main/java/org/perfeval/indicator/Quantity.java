package org.perfeval.indicator;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target or actual value as reports print it ({@code ≥11个}, {@code ≤8.5万元}, {@code 每周2次},
 * {@code 100%}, {@code 98%以上}, {@code 不超过5%}): comparator, number and unit, with the original text kept. Text without a number
 * (增长, 符合) is qualitative and yields no quantity.
 */
public record Quantity(Comparator comparator, BigDecimal value, String unit, String text) {

    private static final Pattern FORM = Pattern.compile("^(每[日天周月季年])?\\s*(\\d+(?:\\.\\d+)?)\\s*([^\\d]{0,6})$");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

    /** Comparator words before the number (不低于90%), longer ones first so that ">=" wins over ">". */
    private static final Map<String, Comparator> BEFORE = new LinkedHashMap<>();
    /** … and after it (98%以上, 5%以内). */
    private static final Map<String, Comparator> AFTER = new LinkedHashMap<>();
    /** Words that only say "keep at" or "reach": the word after the number decides, else their usual sense. */
    private static final Map<String, Comparator> NEUTRAL = Map.of("控制在", Comparator.AT_MOST, "达到", Comparator.AT_LEAST);

    static {
        // strict words (大于, 超过, 低于) count as inclusive: an actual exactly at the target has met it
        for (String w : List.of("大于或等于", "大于等于", "不低于", "不少于", "不小于", ">=", "≥", "≧", "大于", "超过", "高于", ">")) {
            BEFORE.put(w, Comparator.AT_LEAST);
        }
        for (String w : List.of("小于或等于", "小于等于", "不高于", "不超过", "不多于", "不大于", "<=", "≤", "≦", "小于", "低于", "少于", "<")) {
            BEFORE.put(w, Comparator.AT_MOST);
        }
        for (String w : List.of("等于", "=")) {
            BEFORE.put(w, Comparator.EQUAL);
        }
        for (String w : List.of("及以上", "或以上", "以上")) {
            AFTER.put(w, Comparator.AT_LEAST);
        }
        for (String w : List.of("及以下", "或以下", "以下", "以内")) {
            AFTER.put(w, Comparator.AT_MOST);
        }
    }

    public static Optional<Quantity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = halfWidth(text.strip());
        if (t.indexOf(',') >= 0) {
            t = THOUSANDS.matcher(t).replaceAll("");
        }
        String per = "";
        if (t.length() > 2 && t.charAt(0) == '每' && "日天周月季年".indexOf(t.charAt(1)) >= 0 && !Character.isDigit(t.charAt(2))) {
            per = t.substring(0, 2); // 每周不少于2次
            t = t.substring(2);
        }
        Comparator before = null;
        Comparator neutral = null;
        for (Map.Entry<String, Comparator> w : BEFORE.entrySet()) {
            if (t.startsWith(w.getKey())) {
                before = w.getValue();
                t = t.substring(w.getKey().length()).strip();
                break;
            }
        }
        for (Map.Entry<String, Comparator> w : NEUTRAL.entrySet()) {
            if (before == null && t.startsWith(w.getKey())) {
                neutral = w.getValue();
                t = t.substring(w.getKey().length()).strip();
            }
        }
        Comparator after = null;
        for (Map.Entry<String, Comparator> w : AFTER.entrySet()) {
            if (t.endsWith(w.getKey())) {
                after = w.getValue();
                t = t.substring(0, t.length() - w.getKey().length()).strip();
                break;
            }
        }
        if (t.endsWith("(含)")) {
            t = t.substring(0, t.length() - 3).strip(); // 95%（含）以上
        }
        if (before != null && after != null && before != after) {
            return Optional.empty(); // "≥90%以下" says two things: better refused than guessed
        }
        Matcher m = FORM.matcher(per + t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = (m.group(1) == null ? "" : m.group(1)) + m.group(3).strip();
        if (unit.contains("年") && !unit.startsWith("每")) {
            return Optional.empty(); // "2022年全年" names a period, not a quantity
        }
        Comparator comparator = before != null ? before : after != null ? after : neutral != null ? neutral : Comparator.AT_LEAST;
        return Optional.of(new Quantity(comparator, new BigDecimal(m.group(2)), unit, text));
    }

    /** Full-width forms (％, ＞, ＝, ０–９, （）, ，) as their ASCII twins; only when there are any, as that is rare. */
    private static String halfWidth(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                return Normalizer.normalize(t, Normalizer.Form.NFKC);
            }
        }
        return t;
    }

    public static Quantity of(BigDecimal value) {
        return new Quantity(Comparator.AT_LEAST, value, "", value.toPlainString());
    }
}
