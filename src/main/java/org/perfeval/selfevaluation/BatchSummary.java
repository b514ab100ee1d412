package org.perfeval.selfevaluation;

import java.util.Map;

/**
 * A batch as its outputs describe it: its name and year, the rules it was checked by, how many forms
 * came in and how many could not be read, how the on-site selection was made (null before it was),
 * and the department-level flags.
 */
public record BatchSummary(String name, int year, ReviewRules rules, int total, int unreadable, Sampling sampling,
                           Map<String, Flag> departmentFlags) {

    public BatchSummary {
        departmentFlags = Map.copyOf(departmentFlags);
    }
}
