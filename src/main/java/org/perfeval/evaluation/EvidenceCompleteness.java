package org.perfeval.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.perfeval.common.Rate;
import org.perfeval.common.Weight;
import org.perfeval.indicator.Indicator;

/**
 * How much of an evaluation's scoring rests on evidence: the indicators that cite at least one
 * file or document against all the sheet's indicators (every one of them is scored), by count and
 * by weight, and which ones cite none. Reviewers give no points without evidence, so the report
 * names the latter.
 */
public record EvidenceCompleteness(int scored, int withEvidence, Weight scoredWeight, Weight weightWithEvidence,
                                   List<Indicator> missing) {

    public EvidenceCompleteness {
        missing = List.copyOf(missing);
    }

    public static EvidenceCompleteness of(Evaluation e) {
        Set<String> cited = new HashSet<>();
        e.indicatorEvidence().stream().filter(i -> !i.evidence().isEmpty())
                .forEach(i -> cited.add(String.join("/", i.path())));
        List<Indicator> indicators = e.sheet().indicators();
        Weight all = Weight.ZERO;
        Weight backed = Weight.ZERO;
        int with = 0;
        List<Indicator> without = new java.util.ArrayList<>();
        for (Indicator i : indicators) {
            all = all.plus(i.weight());
            if (cited.contains(i.key())) {
                with++;
                backed = backed.plus(i.weight());
            } else {
                without.add(i);
            }
        }
        return new EvidenceCompleteness(indicators.size(), with, all, backed, without);
    }

    /** Indicators with evidence among all; empty before the indicators are set. */
    public Optional<Rate> byCount() {
        return percent(BigDecimal.valueOf(withEvidence), BigDecimal.valueOf(scored));
    }

    /** The same by weight: the points that rest on evidence. */
    public Optional<Rate> byWeight() {
        return percent(weightWithEvidence.points(), scoredWeight.points());
    }

    private static Optional<Rate> percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Rate(part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP)));
    }
}
