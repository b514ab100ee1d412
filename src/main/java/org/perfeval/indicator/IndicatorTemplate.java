package org.perfeval.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named indicator system an evaluator starts a target table from (指标体系模板). */
public record IndicatorTemplate(String code, String name, String description, List<Indicator> indicators) {

    public IndicatorTemplate {
        indicators = List.copyOf(indicators);
    }

    /** The first-level indicators with the sum of their weights, in order. */
    public Map<String, BigDecimal> firstLevel() {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        indicators.forEach(i -> sums.merge(i.path().get(0), i.weight().points(), BigDecimal::add));
        return sums;
    }
}
