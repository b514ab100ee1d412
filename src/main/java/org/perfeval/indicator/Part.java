package org.perfeval.indicator;

import java.util.List;
import org.perfeval.common.Amount;

/** One part of a department-overall sheet (basic spending or one project) with its own 100-point indicators. */
public record Part(String name, Amount funds, List<Indicator> indicators) {

    public Part {
        indicators = List.copyOf(indicators);
    }
}
