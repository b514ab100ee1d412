package org.perfeval.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.perfeval.common.Weight;

/**
 * One leaf of the indicator system: its path (一级/二级/三级), weight, target and whatever the
 * lifecycle has added so far (actual value, the evaluator's level, score and reason).
 *
 * @param targetQuantity the target read once as a number with comparator and unit; empty for words
 * @param score the evaluator's own score, which overrides any computation; null when none
 */
public record Indicator(List<String> path, Weight weight, String target, Optional<Quantity> targetQuantity, Formula formula,
                        List<Tier> tiers, boolean applicable, Actual actual, Level level, BigDecimal score, String reason) {

    public Indicator {
        path = List.copyOf(path);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** An indicator as target setting defines it: nothing measured or judged yet. */
    public static Indicator target(List<String> path, Weight weight, String target, Formula formula, List<Tier> tiers,
                                   boolean applicable) {
        return new Indicator(path, weight, target, Quantity.parse(target), formula, tiers, applicable, null, null, null, null);
    }

    public String name() {
        return path.get(path.size() - 1);
    }

    public String key() {
        return String.join("/", path);
    }

    /** The same indicator without what data collection and scoring added. */
    public Indicator asTarget() {
        return new Indicator(path, weight, target, targetQuantity, formula, tiers, applicable, null, null, null, null);
    }

    public Indicator withActual(Actual value) {
        return new Indicator(path, weight, target, targetQuantity, formula, tiers, applicable, value, level, score, reason);
    }

    /** The evaluator's judgment replaces any earlier one. */
    public Indicator withJudgment(Judgment j) {
        return new Indicator(path, weight, target, targetQuantity, formula, tiers, applicable, actual, j.level(), j.score(),
                j.reason());
    }

    public boolean judged() {
        return level != null || score != null;
    }

    /** An actual value as entered: text like "12个", or a plain number ({@code numeric}). */
    public record Actual(String text, Optional<Quantity> quantity, boolean numeric) {

        public static Actual of(String text) {
            return new Actual(text, Quantity.parse(text), false);
        }

        public static Actual of(BigDecimal number) {
            return new Actual(number.stripTrailingZeros().toPlainString(), Optional.of(Quantity.of(number)), true);
        }
    }
}
