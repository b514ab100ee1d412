package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses the forms for the on-site review: every form with an error flag, then the {@code largest}
 * largest budgets of the rest, then a random {@code share} percent of what remains, drawn with
 * {@link Random} from the recorded seed over the ids in ascending order, so that anyone can draw
 * the same forms again. Pure: the same candidates, sizes and seed always give the same selection.
 */
public final class OnSiteSelection {

    private OnSiteSelection() {
    }

    public record Result(Map<Long, SelectionReason> selected, Sampling sampling) {
    }

    public static Result of(List<SelectionCandidate> candidates, int largest, BigDecimal share, long seed) {
        if (largest < 0 || share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("largest ≥ 0 and 0 ≤ share ≤ 100");
        }
        Map<Long, SelectionReason> selected = new LinkedHashMap<>();
        List<SelectionCandidate> rest = new ArrayList<>();
        for (SelectionCandidate c : candidates) {
            if (c.hasErrors()) {
                selected.put(c.id(), SelectionReason.ERRORS);
            } else {
                rest.add(c);
            }
        }
        int withErrors = selected.size();
        rest.sort(Comparator.comparing((SelectionCandidate c) -> c.annualBudget() == null ? BigDecimal.ZERO : c.annualBudget())
                .reversed().thenComparingLong(SelectionCandidate::id));
        List<SelectionCandidate> top = rest.subList(0, Math.min(largest, rest.size()));
        top.forEach(c -> selected.put(c.id(), SelectionReason.LARGEST));
        List<Long> remaining = new ArrayList<>(rest.subList(top.size(), rest.size()).stream().map(SelectionCandidate::id)
                .sorted().toList());
        int draw = share.multiply(BigDecimal.valueOf(remaining.size())).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .intValue();
        Collections.shuffle(remaining, new Random(seed));
        remaining.subList(0, draw).forEach(id -> selected.put(id, SelectionReason.RANDOM));
        return new Result(selected, new Sampling(withErrors, top.size(), share, seed, draw, 0, 0, selected.size()));
    }
}
