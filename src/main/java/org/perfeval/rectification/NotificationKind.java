package org.perfeval.rectification;

/** Why a user was notified. */
public enum NotificationKind {
    /** 整改任务: a rectification was opened. */
    RECTIFICATION_OPENED,
    /** 到期提醒: a deadline is near. */
    REMINDER,
    /** 逾期督办: a deadline has passed (to the bureau and the department). */
    ESCALATION,
    /** 退回: the bureau returned the evidence. */
    EVIDENCE_RETURNED,
    /** 验收通过 */
    ACCEPTED,
    /** 评价关闭: the evaluation closed with its budget advice. */
    EVALUATION_CLOSED,
    /** 自评复核下达: an agency received forms to review on site. */
    REVIEW_DISPATCHED,
    /** 自评复核退回: the bureau returned an agency's review. */
    REVIEW_RETURNED,
    /** 自评复核结果: a department's reviewed forms are out for its answer. */
    REVIEW_RESULTS
}
