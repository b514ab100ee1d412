package org.perfeval.selfevaluation;

/**
 * Which forms of a batch a list shows: those with a flag code, of a department, selected or not,
 * unreadable, of an agency's assignment; a null part does not filter.
 */
public record FormFilter(FlagCode flag, String department, Boolean selected, Boolean readable, Long assignmentId) {

    public static final FormFilter ALL = new FormFilter(null, null, null, null, null);

    /** The same filter, narrowed to one department (what a department may see). */
    public FormFilter ofDepartment(String name) {
        return new FormFilter(flag, name, selected, readable, assignmentId);
    }

    /** The same filter, narrowed to one assignment (what an agency may see). */
    public FormFilter ofAssignment(long id) {
        return new FormFilter(flag, department, selected, readable, id);
    }
}
