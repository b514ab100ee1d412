package org.perfeval.evaluation;

import java.util.List;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.scoring.ScoreResult;

/**
 * Everything an evaluation's tasks have written: the score sheet as it fills, the department's
 * evidence, the scoring result, the draft report's findings, recommendations and sections, and the
 * comments made on the draft with the evaluator's answers (the comment matrix), and the evidence
 * each indicator cites. Stored as one
 * versioned document beside the evaluation's columns.
 *
 * @param result null until scored
 * @param comments the comment matrix in the order the comments were made
 */
public record EvaluationDocument(ScoreSheet sheet, List<EvidenceRef> evidence, ScoreResult result,
                                 List<DraftItem> findings, List<DraftItem> recommendations, ReportSections sections,
                                 List<ReviewComment> comments, List<IndicatorEvidence> indicatorEvidence) {

    public static final EvaluationDocument EMPTY = new EvaluationDocument(ScoreSheet.EMPTY, List.of(), null, List.of(),
            List.of(), ReportSections.NONE, List.of(), List.of());

    public EvaluationDocument {
        sheet = sheet == null ? ScoreSheet.EMPTY : sheet;
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        sections = sections == null ? ReportSections.NONE : sections;
        comments = comments == null ? List.of() : List.copyOf(comments);
        indicatorEvidence = indicatorEvidence == null ? List.of() : List.copyOf(indicatorEvidence);
    }

    EvaluationDocument withSheet(ScoreSheet value) {
        return new EvaluationDocument(value, evidence, result, findings, recommendations, sections, comments, indicatorEvidence);
    }

    EvaluationDocument withEvidence(List<EvidenceRef> value) {
        return new EvaluationDocument(sheet, value, result, findings, recommendations, sections, comments, indicatorEvidence);
    }

    EvaluationDocument withResult(ScoreResult value) {
        return new EvaluationDocument(sheet, evidence, value, findings, recommendations, sections, comments, indicatorEvidence);
    }

    EvaluationDocument withDraft(List<DraftItem> f, List<DraftItem> r, ReportSections s) {
        return new EvaluationDocument(sheet, evidence, result, f, r, s, comments, indicatorEvidence);
    }

    EvaluationDocument withComments(List<ReviewComment> value) {
        return new EvaluationDocument(sheet, evidence, result, findings, recommendations, sections, value, indicatorEvidence);
    }

    EvaluationDocument withIndicatorEvidence(List<IndicatorEvidence> value) {
        return new EvaluationDocument(sheet, evidence, result, findings, recommendations, sections, comments, value);
    }
}
