package org.perfeval.security;

/** The three kinds of organisation that take part in an evaluation. */
public enum OrganisationType {
    /** 财政局 / 委托单位 */
    BUREAU,
    /** 评价机构 */
    AGENCY,
    /** 被评价单位 / 实施单位 */
    DEPARTMENT
}
