package org.perfeval.evaluation;

/** The evaluator's free-text sections of the report (摘要, 部门概况, 主要经验和做法); null where not written. */
public record ReportSections(String abstractText, String overview, String experience) {

    public static final ReportSections NONE = new ReportSections(null, null, null);

    /** The sections {@code update} has, this one's elsewhere. */
    public ReportSections updatedBy(ReportSections update) {
        return new ReportSections(update.abstractText != null ? update.abstractText : abstractText,
                update.overview != null ? update.overview : overview,
                update.experience != null ? update.experience : experience);
    }
}
