package org.perfeval.indicator;

import java.util.List;

/** One actual value collected for the indicator at {@code path}. */
public record ActualValue(List<String> path, Indicator.Actual actual) {

    public ActualValue {
        path = List.copyOf(path);
    }
}
