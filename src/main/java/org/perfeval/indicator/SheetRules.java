package org.perfeval.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.perfeval.common.FieldError;
import org.perfeval.common.Text;
import org.perfeval.common.ValidationException;
import org.perfeval.common.Weight;

/**
 * The rules a score sheet must keep (DESIGN.md, cases/FORMAT.md), each written once. The JSON
 * reader applies them element by element while it reads, so that one answer lists every problem
 * in document order; {@link #check} applies them all to a typed sheet. Errors are named by the
 * sheet's JSON paths ({@code indicators[3].weight}), the vocabulary the API answers in.
 */
public final class SheetRules {

    /** {@link #TARGETS} checks the indicator system alone; {@link #SCORING} also that every indicator can be scored. */
    public enum Stage { TARGETS, SCORING }

    /** A target or an actual value as a form writes it ("≥11个", "控制在120万元以内"). */
    public static final int VALUE_TEXT = 100;
    /** The evaluator's reason for a deduction. */
    public static final int REASON = 4000;
    /** One level of an indicator's path. */
    public static final int NAME = 200;

    private static final BigDecimal MAX_ABS = new BigDecimal("1e12");
    private static final int MAX_SCALE = 8;
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.005");

    private SheetRules() {
    }

    /** Throws with every problem of the sheet at this stage. */
    public static void require(ScoreSheet sheet, Stage stage) {
        List<FieldError> errors = check(sheet, stage);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static List<FieldError> check(ScoreSheet sheet, Stage stage) {
        List<FieldError> errors = new ArrayList<>();
        sheet.funds().amounts().forEach((field, amount) -> {
            if (number("funds." + field, amount.wan(), errors)) {
                amount("funds." + field, amount.wan(), errors);
            }
        });
        if (sheet.hasParts()) {
            Set<String> names = new HashSet<>();
            for (int p = 0; p < sheet.parts().size(); p++) {
                Part part = sheet.parts().get(p);
                String at = "parts[" + p + "]";
                uniquePartName(at + ".name", part.name(), names, errors);
                amount(at + ".funds", part.funds().wan(), errors);
                indicators(at + ".indicators", part.indicators(), stage, sheet.funds(), errors);
            }
            if (errors.isEmpty()) {
                partsFunded(stage, sheet.parts(), errors);
            }
        } else {
            indicators("indicators", sheet.indicators(), stage, sheet.funds(), errors);
        }
        return errors;
    }

    /**
     * Amounts, weights, scores and measured values below a trillion with at most 8 decimals; false
     * (and an error) otherwise. Scale and precision are looked at first: they are cheap even for
     * 1e999999999, whose arithmetic is not.
     */
    public static boolean number(String at, BigDecimal v, List<FieldError> errors) {
        if (!inRange(v)) {
            errors.add(new FieldError(at, "数值超出范围（绝对值须小于1万亿，最多8位小数） (number out of range)"));
            return false;
        }
        return true;
    }

    public static boolean text(String at, String text, int max, List<FieldError> errors) {
        if (text != null && text.length() > max) {
            errors.add(new FieldError(at, "不能超过" + max + "个字符"));
            return false;
        }
        return true;
    }

    /** A name people read back: not blank, not too long, no hidden or control characters. */
    public static boolean name(String at, String name, List<FieldError> errors) {
        if (name == null || name.isBlank() || name.length() > NAME) {
            errors.add(new FieldError(at, "指标名称应为非空字符串，不超过200字"));
            return false;
        }
        if (Text.hasHiddenCharacters(name)) {
            errors.add(new FieldError(at, HIDDEN));
            return false;
        }
        return true;
    }

    public static final String HIDDEN = "含有控制字符或不可见的格式字符（如NUL、从右到左覆盖、零宽字符） (hidden or control characters)";

    /** The sizes a typed sheet keeps whatever delivered it (a JSON body, a spreadsheet, a stored row). */
    private static void limits(String at, Indicator ind, List<FieldError> errors) {
        // the paths are built only for an error: this runs for every indicator of every sheet scored
        for (String level : ind.path()) {
            if (level == null || level.isBlank() || level.length() > NAME || Text.hasHiddenCharacters(level)) {
                name(at + ".path", level, errors);
                break;
            }
        }
        if (!inRange(ind.weight().points())) {
            number(at + ".weight", ind.weight().points(), errors);
        }
        if (ind.score() != null && !inRange(ind.score())) {
            number(at + ".score", ind.score(), errors);
        }
        if (ind.target() != null && ind.target().length() > VALUE_TEXT) {
            text(at + ".target", ind.target(), VALUE_TEXT, errors);
        }
        if (ind.reason() != null && ind.reason().length() > REASON) {
            text(at + ".reason", ind.reason(), REASON, errors);
        }
        Indicator.Actual actual = ind.actual();
        if (actual != null && actual.numeric() && !inRange(actual.quantity().orElseThrow().value())) {
            number(at + ".actual", actual.quantity().orElseThrow().value(), errors);
        } else if (actual != null && !actual.numeric() && actual.text().length() > VALUE_TEXT) {
            text(at + ".actual", actual.text(), VALUE_TEXT, errors);
        }
        for (int t = 0; t < ind.tiers().size(); t++) {
            Tier tier = ind.tiers().get(t);
            if (tier.share() != null && !inRange(tier.share())) {
                number(at + ".tiers[" + t + "].share", tier.share(), errors);
            }
            if (tier.upTo() != null && !inRange(tier.upTo())) {
                number(at + ".tiers[" + t + "].upTo", tier.upTo(), errors);
            }
        }
    }

    /** Below a trillion in magnitude, with at most 8 decimals: what any figure of a sheet or form may be. */
    public static boolean inRange(BigDecimal v) {
        return v.scale() <= MAX_SCALE && v.scale() >= -12 && v.precision() <= 20 && v.abs().compareTo(MAX_ABS) < 0;
    }

    private static void indicators(String at, List<Indicator> list, Stage stage, Funds funds, List<FieldError> errors) {
        if (list.isEmpty()) {
            errors.add(new FieldError(at, "应为非空数组 (a non-empty array of indicators)"));
            return;
        }
        int before = errors.size();
        Set<List<String>> paths = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            String ia = at + "[" + i + "]";
            int beforeLimits = errors.size();
            limits(ia, ind, errors);
            if (errors.size() > beforeLimits) {
                continue; // nothing is computed with a value out of range
            }
            if (!paths.add(ind.path())) {
                errors.add(new FieldError(ia + ".path", "指标路径重复: " + ind.key()));
            }
            weight(ia + ".weight", ind.weight().points(), errors);
            BigDecimal previous = null;
            for (int t = 0; t < ind.tiers().size(); t++) {
                Tier tier = ind.tiers().get(t);
                tierShare(ia + ".tiers[" + t + "].share", tier.share(), errors);
                tierOrder(ia + ".tiers[" + t + "].upTo", tier.upTo(), previous, errors);
                previous = tier.upTo() == null ? previous : tier.upTo();
            }
            indicator(ia, ind, stage, funds, errors);
        }
        if (errors.size() == before) {
            weightTotal(at, list, errors);
        }
    }

    public static void uniquePath(String at, List<String> path, Set<String> seen, List<FieldError> errors) {
        if (!seen.add(String.join("/", path))) {
            errors.add(new FieldError(at, "指标路径重复: " + String.join("/", path)));
        }
    }

    public static void uniquePartName(String at, String name, Set<String> seen, List<FieldError> errors) {
        if (!seen.add(name)) {
            errors.add(new FieldError(at, "部分名称重复: " + name));
        }
    }

    public static void weight(String at, BigDecimal weight, List<FieldError> errors) {
        if (weight.signum() < 0) {
            errors.add(new FieldError(at, "分值不能为负"));
        }
    }

    public static void amount(String at, BigDecimal amount, List<FieldError> errors) {
        if (amount.signum() < 0) {
            errors.add(new FieldError(at, "金额不能为负"));
        }
    }

    public static void tierShare(String at, BigDecimal share, List<FieldError> errors) {
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            errors.add(new FieldError(at, "应在0至1之间"));
        }
    }

    public static void tierOrder(String at, BigDecimal upTo, BigDecimal previous, List<FieldError> errors) {
        if (upTo != null && previous != null && upTo.compareTo(previous) <= 0) {
            errors.add(new FieldError(at, "各档上限应递增"));
        }
    }

    public static void weightTotal(String at, List<Indicator> list, List<FieldError> errors) {
        Weight total = Weight.ZERO;
        for (Indicator ind : list) {
            total = total.plus(ind.weight());
        }
        if (total.points().subtract(HUNDRED).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
            errors.add(new FieldError(at, "各指标分值合计应为100, 现为 " + total));
        }
    }

    public static void partsFunded(Stage stage, List<Part> parts, List<FieldError> errors) {
        if (stage == Stage.SCORING && parts.stream().allMatch(p -> p.funds().isZero())) {
            errors.add(new FieldError("parts", "各部分资金合计为0，无法按资金加权"));
        }
    }

    /** What one indicator must have once its fields are well formed: a target or a way to score it. */
    public static void indicator(String at, Indicator ind, Stage stage, Funds funds, List<FieldError> errors) {
        if (ind.applicable() && ind.formula() == null && ind.target() == null && ind.score() == null) {
            errors.add(new FieldError(at + ".target", "需要指标值或计算公式 (target or formula required)"));
        }
        if (ind.score() != null || ind.level() != null) {
            Judgments.check(at, ind.weight(), ind.score(), ind.level(), ind.reason(), errors);
        }
        if (stage == Stage.SCORING && ind.applicable() && ind.score() == null) {
            scoreable(at, ind, funds, errors);
        }
    }

    /** What scoring needs for an indicator without the evaluator's own score. */
    private static void scoreable(String at, Indicator ind, Funds funds, List<FieldError> errors) {
        Formula formula = ind.formula();
        if (formula != null) {
            List<String> missing = List.of(formula.numerator(), formula.denominator()).stream()
                    .filter(k -> funds.get(k).isEmpty()).toList();
            if (!missing.isEmpty()) {
                errors.add(new FieldError(at + ".formula", formula.label() + "需要资金数据: " + String.join(", ", missing)));
            } else if (funds.get(formula.denominator()).orElseThrow().isZero()) {
                errors.add(new FieldError(at + ".formula", formula.label() + "的分母" + formula.denominator()
                        + "为0，无法计算；请将该指标设为不适用 (applicable: false) 或由评价人评分"));
            }
            if (!formula.higherIsBetter() && ind.tiers().isEmpty()) {
                errors.add(new FieldError(at + ".tiers", formula.label() + "越低越好，需要分档规则 (tiers)"));
            }
            return;
        }
        if (ind.level() != null) {
            return; // ACHIEVED without a score means full weight; other levels were checked to carry a score
        }
        Indicator.Actual actual = ind.actual();
        if (actual == null) {
            errors.add(new FieldError(at + ".actual", "缺少实际完成值，无法计分"));
            return;
        }
        Optional<Quantity> targetQuantity = ind.targetQuantity();
        boolean numericTarget = targetQuantity.isPresent();
        if (!numericTarget && actual.quantity().isPresent()) {
            errors.add(new FieldError(at + ".target", "指标值无法识别: " + ind.target()));
        } else if (numericTarget && actual.quantity().isEmpty()) {
            errors.add(new FieldError(at + ".actual", "实际值无法识别: " + actual.text()));
        } else if (numericTarget) {
            String targetUnit = targetQuantity.orElseThrow().unit();
            String actualUnit = actual.quantity().orElseThrow().unit();
            if (!targetUnit.isEmpty() && !actualUnit.isEmpty() && !targetUnit.equals(actualUnit)) {
                errors.add(new FieldError(at + ".actual", "实际值单位“" + actualUnit + "”与指标值单位“" + targetUnit + "”不一致"));
            }
        } else if (!actual.text().equals(ind.target() == null ? null : ind.target().strip())) {
            errors.add(new FieldError(at + ".level", "定性指标须评定达成程度 (level)"));
        }
    }
}
