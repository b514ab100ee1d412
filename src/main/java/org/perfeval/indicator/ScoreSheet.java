package org.perfeval.indicator;

import java.util.List;

/**
 * A score sheet (cases/FORMAT.md): an evaluation's indicator system with targets, actual values,
 * judgments, funds and checklist. Either {@code indicators} or {@code parts} is non-empty.
 */
public record ScoreSheet(String title, Funds funds, Checklist checklist, List<Indicator> indicators, List<Part> parts) {

    public ScoreSheet {
        indicators = List.copyOf(indicators);
        parts = List.copyOf(parts);
    }

    public boolean hasParts() {
        return !parts.isEmpty();
    }
}
