package org.perfeval.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;

/**
 * The required parts of a report still empty: 摘要, 部门概况 (项目概况), 主要经验和做法, the problems and the
 * recommendations. A report with any of them empty is not submitted nor approved, so that nothing unfinished
 * is published; each is named by the draftReport field that fills it.
 */
public final class ReportGaps {

    private ReportGaps() {
    }

    public static List<FieldError> of(EvaluationKind kind, List<DraftItem> findings, List<DraftItem> recommendations,
                                      ReportSections sections) {
        List<FieldError> gaps = new ArrayList<>();
        if (blank(sections.abstractText())) {
            gaps.add(new FieldError("sections.abstract", "“摘要”尚未填写 (abstract is empty)"));
        }
        if (blank(sections.overview())) {
            gaps.add(new FieldError("sections.overview", "“" + overviewLabel(kind) + "”尚未填写 (overview is empty)"));
        }
        if (blank(sections.experience())) {
            gaps.add(new FieldError("sections.experience", "“主要经验和做法”尚未填写 (experience is empty)"));
        }
        if (findings.isEmpty()) {
            gaps.add(new FieldError("findings", "“存在的问题”尚未填写 (no problem listed)"));
        }
        if (recommendations.isEmpty()) {
            gaps.add(new FieldError("recommendations", "“下一步改进建议”尚未填写 (no recommendation listed)"));
        }
        return gaps;
    }

    /** 部门概况 for a department's overall spending, 项目概况 for a project. */
    public static String overviewLabel(EvaluationKind kind) {
        return kind == EvaluationKind.PROJECT ? "项目概况" : "部门概况";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
