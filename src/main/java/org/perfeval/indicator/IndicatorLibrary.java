package org.perfeval.indicator;

import java.util.List;
import java.util.Optional;

/** The templates of indicator systems, in the order the library lists them. */
public interface IndicatorLibrary {

    List<IndicatorTemplate> templates();

    Optional<IndicatorTemplate> template(String code);
}
