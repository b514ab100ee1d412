package org.perfeval.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationLine;
import org.perfeval.evaluation.EvidenceCompleteness;
import org.perfeval.indicator.Indicator;
import org.perfeval.evaluation.HistoryEntry;
import org.perfeval.evaluation.ReviewComment;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.json.EvaluationDocumentJson;
import org.perfeval.json.Json;
import org.perfeval.json.ScoreResultJson;
import org.perfeval.json.ScoreSheetJson;
import org.perfeval.json.ScoreSheetWriter;
import org.perfeval.rectification.Rectification;
import org.perfeval.workflow.EvaluationQueries;
import org.perfeval.workflow.TaskView;

/** JSON views of evaluations, rectifications and tasks for the API (API.md). */
final class EvaluationJson {

    private static final jakarta.json.JsonBuilderFactory JSON = Json.BUILDERS;

    private EvaluationJson() {
    }

    static JsonObject list(EvaluationQueries.SummaryPage page) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(s -> items.add(summary(s.evaluation(), s.overdue())));
        return JSON.createObjectBuilder().add("items", items).add("total", page.total())
                .add("page", page.query().page()).add("size", page.query().size()).build();
    }

    static JsonObjectBuilder summary(Evaluation e, boolean overdue) {
        return summary(EvaluationLine.of(e), overdue);
    }

    static JsonObjectBuilder summary(EvaluationLine e, boolean overdue) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", e.id())
                .add("title", e.title())
                .add("year", e.year())
                .add("kind", e.kind().name())
                .add("status", e.status().name())
                .add("statusLabel", e.status().label())
                .add("subject", party(e.subject()))
                .add("agency", party(e.agency()))
                .add("bureau", party(e.bureau()))
                .add("dueDate", e.dueDate().toString())
                .add("createdAt", e.createdAt().toString())
                .add("overdue", overdue)
                .add("version", e.version());
        if (e.total() != null && e.grade() != null) {
            b.add("total", e.total()).add("grade", e.grade().label());
        } else {
            b.addNull("total").addNull("grade");
        }
        return b;
    }

    static JsonObjectBuilder rectification(Rectification r) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", r.getId())
                .add("evaluationId", r.getEvaluationId())
                .add("seq", r.getSeq())
                .add("title", r.getTitle())
                .add("status", r.getStatus().name())
                .add("statusLabel", r.getStatus().label())
                .add("dueAt", r.getDueAt().toString())
                .add("overdue", r.isOverdue());
        optional(b, "overdueSince", r.getOverdueSince());
        optional(b, "measures", r.getMeasures());
        optional(b, "summary", r.getSummary());
        if (!r.getEvidence().isEmpty()) {
            b.add("evidence", JSON.createArrayBuilder(r.getEvidence()));
            b.add("evidenceFiles", EvaluationDocumentJson.evidence(r.getEvidenceRefs()));
        }
        optional(b, "comments", r.getComments());
        optional(b, "acceptedAt", r.getAcceptedAt());
        return b;
    }

    static void optional(JsonObjectBuilder b, String name, Object value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }

    static JsonObjectBuilder advice(Evaluation e) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (e.getAdvice() == null) {
            return b;
        }
        return b.add("advice", e.getAdvice().name()).add("text", e.getAdviceText())
                .add("budgetYear", e.getAdviceBudgetYear()).add("rectifiedOnTime", e.getRectifiedOnTime());
    }

    static JsonObject detail(EvaluationQueries.Detail d) {
        Evaluation e = d.evaluation();
        ScoreSheet sheet = e.sheet();
        JsonObject result = e.result() == null ? null : ScoreResultJson.of(e.result());
        JsonObjectBuilder b = summary(e, d.overdue())
                .add("indicators", sheet.hasParts() ? JsonValue.EMPTY_JSON_ARRAY : ScoreSheetWriter.indicators(sheet.indicators()))
                .add("funds", sheet.funds().isEmpty() ? JsonValue.NULL : ScoreSheetWriter.funds(sheet.funds()))
                .add("evidence", EvaluationDocumentJson.evidence(e.evidence()))
                .add("indicatorEvidence", EvaluationDocumentJson.indicatorEvidence(e.indicatorEvidence()))
                .add("evidenceCompleteness", completeness(EvidenceCompleteness.of(e)))
                .add("checklist", sheet.checklist().equals(org.perfeval.indicator.Checklist.NONE) ? JsonValue.NULL
                        : ScoreSheetWriter.checklist(sheet.checklist()))
                .add("result", result == null ? JsonValue.NULL : result)
                .add("ratios", result == null ? JsonValue.EMPTY_JSON_OBJECT : result.get("ratios"))
                .add("findings", EvaluationDocumentJson.items(e.findings(), "evidence"))
                .add("recommendations", EvaluationDocumentJson.items(e.recommendations(), "text"))
                .add("sections", sections(e.reportSections()))
                .add("reportGaps", gaps(e.reportGaps()))
                .add("basis", e.basis().<JsonValue>map(EvaluationJson::basis).orElse(JsonValue.NULL))
                .add("comments", comments(e.comments()))
                .add("rectifications", rectificationList(d.rectifications()))
                .add("budgetAdvice", e.getAdvice() == null ? JsonValue.NULL : advice(e).build())
                .add("openTasks", tasks(d.openTasks()));
        JsonArrayBuilder h = JSON.createArrayBuilder();
        for (HistoryEntry entry : d.history()) {
            JsonObjectBuilder line = JSON.createObjectBuilder().add("at", entry.getAt().toString())
                    .add("actor", entry.getActor()).add("action", entry.getAction());
            if (entry.getDetail() != null) {
                line.add("detail", entry.getDetail());
            }
            h.add(line);
        }
        return b.add("history", h).build();
    }

    /** The report's free-text sections as draftReport takes them; null where not written. */
    private static JsonObject sections(org.perfeval.evaluation.ReportSections s) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        nullable(b, "abstract", s.abstractText());
        nullable(b, "overview", s.overview());
        nullable(b, "experience", s.experience());
        return b.build();
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    /** The required parts of the report still empty, each by its draftReport field (the draft screen lists them). */
    private static JsonArray gaps(List<org.perfeval.common.FieldError> gaps) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        gaps.forEach(g -> a.add(JSON.createObjectBuilder().add("field", g.path()).add("message", g.message())));
        return a.build();
    }

    private static JsonObject basis(org.perfeval.evaluation.CommissionBasis basis) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("title", basis.title());
        nullable(b, "number", basis.number());
        return b.build();
    }

    /** Indicators with evidence against all, by count and weight, as shares of one; the indicators without. */
    static JsonObject completeness(EvidenceCompleteness c) {
        JsonArrayBuilder missing = JSON.createArrayBuilder();
        for (Indicator i : c.missing()) {
            missing.add(JSON.createObjectBuilder().add("path", JSON.createArrayBuilder(i.path())).add("name", i.name()));
        }
        JsonObjectBuilder b = JSON.createObjectBuilder().add("scored", c.scored()).add("withEvidence", c.withEvidence())
                .add("scoredWeight", c.scoredWeight().points()).add("weightWithEvidence", c.weightWithEvidence().points())
                .add("missing", missing);
        c.byCount().ifPresentOrElse(r -> b.add("ratio", r.share().setScale(4, java.math.RoundingMode.HALF_UP)),
                () -> b.add("ratio", JsonValue.NULL));
        c.byWeight().ifPresentOrElse(r -> b.add("weightRatio", r.share().setScale(4, java.math.RoundingMode.HALF_UP)),
                () -> b.add("weightRatio", JsonValue.NULL));
        return b.build();
    }

    /** The comment matrix as stored, with the labels of its codes (意见来源, 采纳情况). */
    static JsonArrayBuilder comments(List<ReviewComment> list) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (ReviewComment c : list) {
            JsonObjectBuilder b = EvaluationDocumentJson.comment(c).add("sourceLabel", c.source().label());
            if (c.response() == null) {
                b.addNull("responseLabel");
            } else {
                b.add("responseLabel", c.response().label());
            }
            out.add(b);
        }
        return out;
    }

    static JsonArrayBuilder rectificationList(List<Rectification> rectifications) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        rectifications.forEach(r -> out.add(rectification(r)));
        return out;
    }

    static JsonArrayBuilder tasks(List<TaskView> views) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        views.forEach(t -> out.add(task(t)));
        return out;
    }

    static JsonObject task(TaskView t) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", t.id())
                .add("key", t.key())
                .add("name", t.name())
                .add("evaluationId", t.evaluationId())
                .add("evaluationTitle", t.evaluationTitle());
        if (t.dueDate() != null) {
            b.add("dueDate", t.dueDate().toString());
        } else {
            b.addNull("dueDate");
        }
        if (t.assignee() != null) {
            b.add("assignee", t.assignee());
        } else {
            b.addNull("assignee");
        }
        return b.build();
    }

    private static JsonObjectBuilder party(EvaluationLine.Party p) {
        return JSON.createObjectBuilder().add("id", p.id()).add("name", p.name());
    }
}
