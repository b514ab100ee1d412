package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.List;
import org.perfeval.common.Weight;

/**
 * One third-level indicator of a self-evaluation form as the unit filled it: its path (一级, 二级,
 * 三级), 年度指标值, 实际完成值, 分值, the printed 得分 and 偏差原因分析及改进措施.
 *
 * @param actual null or blank when the unit left it empty
 * @param printedScore null when left blank
 */
public record FormIndicator(List<String> path, String target, String actual, Weight weight, BigDecimal printedScore,
                            String explanation) {

    public FormIndicator {
        path = List.copyOf(path);
    }

    /** The path as flags name it: 产出指标/数量指标/维修改造供水工程数量. */
    public String key() {
        return String.join("/", path);
    }

    /** The second level names the kind of indicator: 数量指标, 成本指标 …. */
    boolean isOfKind(String kind) {
        return path.size() > 1 && path.get(1).contains(kind);
    }

    boolean hasExplanation() {
        return explanation != null && !explanation.isBlank();
    }
}
