package org.perfeval.workflow.task;

import java.time.LocalDate;
import java.util.List;
import org.perfeval.evaluation.CommentAnswer;
import org.perfeval.evaluation.DraftItem;
import org.perfeval.evaluation.EvidenceRef;
import org.perfeval.evaluation.ReportSections;
import org.perfeval.indicator.ActualValue;
import org.perfeval.indicator.Checklist;
import org.perfeval.indicator.Funds;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Judgment;

/** What completing one user task says (API.md, by task key), read from the request at the web edge. */
public sealed interface TaskCommand {

    TaskKey key();

    /**
     * The files an indicator's value or score cites, and the payload's field that cites them (errors name it).
     */
    record Citation(List<String> path, List<EvidenceRef> evidence, String field) {
        public Citation {
            path = List.copyOf(path);
            evidence = List.copyOf(evidence);
        }
    }

    /** The agency accepts the commission, or refuses it with a reason. */
    record Accept(boolean accepted, String reason) implements TaskCommand {
        public TaskKey key() {
            return TaskKey.ACCEPT;
        }
    }

    /** The indicator system with weights and targets. */
    record SetTargets(List<Indicator> indicators) implements TaskCommand {
        public SetTargets {
            indicators = List.copyOf(indicators);
        }

        public TaskKey key() {
            return TaskKey.SET_TARGETS;
        }
    }

    /** The department's funds (万元) and its evidence. */
    record SubmitData(Funds funds, List<EvidenceRef> evidence) implements TaskCommand {
        public SubmitData {
            evidence = List.copyOf(evidence);
        }

        public TaskKey key() {
            return TaskKey.SUBMIT_DATA;
        }
    }

    /** The evaluator's actual values and checklist facts, and the files each indicator's value rests on. */
    record CollectData(List<ActualValue> actuals, Checklist checklist, List<Citation> evidence) implements TaskCommand {
        public CollectData {
            actuals = List.copyOf(actuals);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        public CollectData(List<ActualValue> actuals, Checklist checklist) {
            this(actuals, checklist, List.of());
        }

        public TaskKey key() {
            return TaskKey.COLLECT_DATA;
        }
    }

    /** The evaluator's judgments of the indicators that need one, and the files each score rests on. */
    record Score(List<Judgment> judgments, List<Citation> evidence) implements TaskCommand {
        public Score {
            judgments = List.copyOf(judgments);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        public Score(List<Judgment> judgments) {
            this(judgments, List.of());
        }

        public TaskKey key() {
            return TaskKey.SCORE;
        }
    }

    /**
     * The evaluator's edits of the draft, a null list or section keeping what the draft has, and the answers to
     * the comments made on the previous draft.
     */
    record DraftReport(List<DraftItem> findings, List<DraftItem> recommendations, ReportSections sections,
                       List<CommentAnswer> responses) implements TaskCommand {
        public DraftReport {
            responses = responses == null ? List.of() : List.copyOf(responses);
        }

        public TaskKey key() {
            return TaskKey.DRAFT_REPORT;
        }
    }

    /** The department's answer to the draft; a disagreement's comments go into the comment matrix. */
    record ExchangeViews(boolean agree, String comments) implements TaskCommand {
        public TaskKey key() {
            return TaskKey.EXCHANGE_VIEWS;
        }
    }

    /** The bureau approves the report, or returns it with comments for the comment matrix. */
    record Review(boolean approved, String comments) implements TaskCommand {
        public TaskKey key() {
            return TaskKey.REVIEW;
        }
    }

    /** The department's measures and, optionally, its own completion date. */
    record RectificationPlan(String measures, LocalDate dueDate) implements TaskCommand {
        public TaskKey key() {
            return TaskKey.RECTIFICATION_PLAN;
        }
    }

    /** What the department did, with evidence. */
    record RectificationEvidence(String summary, List<EvidenceRef> evidence) implements TaskCommand {
        public RectificationEvidence {
            evidence = List.copyOf(evidence);
        }

        public TaskKey key() {
            return TaskKey.RECTIFICATION_EVIDENCE;
        }
    }

    /** The bureau accepts the rectification, or returns it with comments. */
    record VerifyRectification(boolean accepted, String comments) implements TaskCommand {
        public TaskKey key() {
            return TaskKey.VERIFY_RECTIFICATION;
        }
    }
}
