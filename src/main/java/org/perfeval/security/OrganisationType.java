package org.perfeval.security;

/** The three kinds of organisation that take part in an evaluation. */
public enum OrganisationType {
    /** 财政局 / 委托单位 */
    BUREAU,
    /** 评价机构 */
    AGENCY,
    /** 被评价单位 / 实施单位 */
    DEPARTMENT;

    /** The type a list names in Chinese (财政局, 部门, 预算单位, 评价机构 …) or by its code; null when neither. */
    public static OrganisationType fromLabel(String label) {
        if (label == null) {
            return null;
        }
        return switch (label.strip()) {
            case "BUREAU", "财政局", "财政部门", "委托单位" -> BUREAU;
            case "AGENCY", "评价机构", "第三方机构", "中介机构" -> AGENCY;
            case "DEPARTMENT", "部门", "预算单位", "预算部门", "被评价单位", "实施单位" -> DEPARTMENT;
            default -> null;
        };
    }
}
