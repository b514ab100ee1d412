package org.perfeval.indicator;

/**
 * Yes/no facts the findings rules read; null where the fact was not judged. {@code performanceLeadingGroup}:
 * 预算绩效管理领导小组 exists; {@code performanceRules}: 本单位预算绩效管理制度 exists.
 */
public record Checklist(Boolean performanceLeadingGroup, Boolean performanceRules) {

    public static final Checklist NONE = new Checklist(null, null);

    /** The facts of {@code update} where it judged them, this checklist's elsewhere. */
    public Checklist updatedBy(Checklist update) {
        return new Checklist(update.performanceLeadingGroup != null ? update.performanceLeadingGroup : performanceLeadingGroup,
                update.performanceRules != null ? update.performanceRules : performanceRules);
    }
}
