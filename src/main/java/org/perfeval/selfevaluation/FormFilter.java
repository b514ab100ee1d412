package org.perfeval.selfevaluation;

/**
 * Which forms of a batch a list shows: those with a flag code, of a department, selected or not, or
 * unreadable; a null part does not filter.
 */
public record FormFilter(FlagCode flag, String department, Boolean selected, Boolean readable) {

    public static final FormFilter ALL = new FormFilter(null, null, null, null);
}
