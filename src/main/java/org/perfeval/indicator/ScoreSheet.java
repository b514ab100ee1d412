package org.perfeval.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * A score sheet (cases/FORMAT.md): an evaluation's indicator system with targets, actual values,
 * judgments, funds and checklist. Either {@code indicators} or {@code parts} is non-empty once
 * targets are set; an evaluation's sheet starts {@link #EMPTY}.
 */
public record ScoreSheet(String title, Funds funds, Checklist checklist, List<Indicator> indicators, List<Part> parts) {

    public static final ScoreSheet EMPTY = new ScoreSheet(null, Funds.NONE, Checklist.NONE, List.of(), List.of());

    public ScoreSheet {
        funds = funds == null ? Funds.NONE : funds;
        checklist = checklist == null ? Checklist.NONE : checklist;
        indicators = List.copyOf(indicators);
        parts = List.copyOf(parts);
    }

    public boolean hasParts() {
        return !parts.isEmpty();
    }

    public boolean hasTargets() {
        return !indicators.isEmpty() || !parts.isEmpty();
    }

    /** Every indicator, those of the parts included, in order. */
    public List<Indicator> allIndicators() {
        if (parts.isEmpty()) {
            return indicators;
        }
        List<Indicator> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.indicators()));
        return all;
    }

    public ScoreSheet withIndicators(List<Indicator> list) {
        return new ScoreSheet(title, funds, checklist, list, List.of());
    }

    public ScoreSheet withFunds(Funds value) {
        return new ScoreSheet(title, value, checklist, indicators, parts);
    }

    public ScoreSheet withChecklist(Checklist value) {
        return new ScoreSheet(title, funds, value, indicators, parts);
    }
}
