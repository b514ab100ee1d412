package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic sample of (execution rate, printed total) for the dashboard's scatter: every
 * {@code stride}-th form with both figures. The stride doubles whenever the points would exceed the
 * cap, keeping every other point, so the sample stays between half the cap and the cap without
 * knowing the batch's size beforehand, and the same batch always gives the same points.
 */
final class ScatterSample {

    private final int cap;
    private final List<Indexed> points = new ArrayList<>();
    private long seen;
    private long stride = 1;

    private record Indexed(long index, ReviewStatistics.ScatterPoint point) {
    }

    ScatterSample(int cap) {
        if (cap < 2) {
            throw new IllegalArgumentException("a scatter needs room for two points, not " + cap);
        }
        this.cap = cap;
    }

    void offer(long formId, BigDecimal executionRate, BigDecimal printedTotal) {
        if (executionRate == null || printedTotal == null) {
            return;
        }
        long index = seen++;
        if (index % stride != 0) {
            return;
        }
        points.add(new Indexed(index, new ReviewStatistics.ScatterPoint(formId, executionRate, printedTotal)));
        if (points.size() > cap) {
            stride *= 2;
            points.removeIf(p -> p.index() % stride != 0);
        }
    }

    List<ReviewStatistics.ScatterPoint> points() {
        return points.stream().map(Indexed::point).toList();
    }
}
