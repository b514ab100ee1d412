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

    public String name() {
        return path.get(path.size() - 1);
    }

    /** An actual value as entered: text like "12个", or a plain number. */
    public record Actual(String text, Optional<Quantity> quantity) {

        public static Actual of(String text) {
            return new Actual(text, Quantity.parse(text));
        }

        public static Actual of(BigDecimal number) {
            return new Actual(number.stripTrailingZeros().toPlainString(), Optional.of(Quantity.of(number)));
        }
    }
}
