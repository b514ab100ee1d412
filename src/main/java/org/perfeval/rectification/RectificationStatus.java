package org.perfeval.rectification;

/** Where one rectification stands. */
public enum RectificationStatus {
    /** 待提交整改方案: the department owes its measures. */
    PLAN("待提交整改方案"),
    /** 整改中: the department owes a summary and evidence. */
    EVIDENCE("整改中"),
    /** 待财政局验收: the bureau verifies. */
    VERIFICATION("待验收"),
    /** 已验收: closed. */
    ACCEPTED("已验收");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
