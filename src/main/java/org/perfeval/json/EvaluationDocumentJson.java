package org.perfeval.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.evaluation.CommentResponse;
import org.perfeval.evaluation.CommentSource;
import org.perfeval.evaluation.DraftItem;
import org.perfeval.evaluation.EvaluationDocument;
import org.perfeval.evaluation.EvidenceRef;
import org.perfeval.evaluation.IndicatorEvidence;
import org.perfeval.evaluation.ReportSections;
import org.perfeval.evaluation.ReviewComment;

/**
 * An evaluation's document as stored: {@code {"schemaVersion": 2, "sheet": {...cases/FORMAT.md...},
 * "evidence": [{name}], "result": {...}|null, "findings": [{code?, title, evidence?}],
 * "recommendations": [{code?, title, text?}], "sections": {abstract?, overview?, experience?},
 * "comments": [{id, source, round, author, at, text, response, explanation, resolution}]}}.
 * Also the pieces the API shows of it.
 */
public final class EvaluationDocumentJson {

    /**
     * Raise with a migration whenever the stored shape changes. 2 added {@code comments}, 3 the evidence cited per
     * indicator and files by {@code fileId}; an older document is read as one without them, so it needs no
     * rewriting (it is written as the current version when next saved).
     */
    public static final int SCHEMA_VERSION = 3;

    private static final JsonBuilderFactory JSON = Json.BUILDERS;

    private EvaluationDocumentJson() {
    }

    public static JsonObject write(EvaluationDocument d) {
        return JSON.createObjectBuilder()
                .add("schemaVersion", SCHEMA_VERSION)
                .add("sheet", ScoreSheetWriter.write(d.sheet()))
                .add("evidence", evidence(d.evidence()))
                .add("result", d.result() == null ? JsonValue.NULL : ScoreResultJson.of(d.result()))
                .add("findings", items(d.findings(), "evidence"))
                .add("recommendations", items(d.recommendations(), "text"))
                .add("sections", sections(d.sections()))
                .add("comments", comments(d.comments()))
                .add("indicatorEvidence", indicatorEvidence(d.indicatorEvidence()))
                .build();
    }

    public static EvaluationDocument read(JsonObject o) {
        int version = o.getInt("schemaVersion", 0);
        if (version < 1 || version > SCHEMA_VERSION) {
            throw new IllegalStateException("stored evaluation document has schema version " + version
                    + ", this application reads " + SCHEMA_VERSION);
        }
        List<EvidenceRef> evidence = readEvidence(o.getJsonArray("evidence"));
        JsonObject s = o.getJsonObject("sections");
        return new EvaluationDocument(ScoreSheetJson.readStored(o.getJsonObject("sheet")), evidence,
                o.get("result") instanceof JsonObject r ? ScoreResultJson.read(r) : null,
                readItems(o.getJsonArray("findings"), "evidence"), readItems(o.getJsonArray("recommendations"), "text"),
                new ReportSections(Json.text(s, "abstract", null), Json.text(s, "overview", null),
                        Json.text(s, "experience", null)),
                o.get("comments") instanceof JsonArray c ? readComments(c) : List.of(),
                o.get("indicatorEvidence") instanceof JsonArray i ? readIndicatorEvidence(i) : List.of());
    }

    public static JsonArray evidence(List<EvidenceRef> list) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (EvidenceRef e : list) {
            JsonObjectBuilder b = JSON.createObjectBuilder();
            if (e.fileId() != null) {
                b.add("fileId", e.fileId());
            }
            out.add(b.add("name", e.label()));
        }
        return out.build();
    }

    private static List<EvidenceRef> readEvidence(JsonArray list) {
        List<EvidenceRef> out = new ArrayList<>();
        for (JsonValue v : list) {
            JsonObject e = v.asJsonObject();
            out.add(new EvidenceRef(e.get("fileId") instanceof JsonNumber id ? id.longValue() : null, e.getString("name")));
        }
        return out;
    }

    public static JsonArray indicatorEvidence(List<IndicatorEvidence> list) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (IndicatorEvidence e : list) {
            JsonArrayBuilder path = JSON.createArrayBuilder();
            e.path().forEach(path::add);
            out.add(JSON.createObjectBuilder().add("path", path).add("evidence", evidence(e.evidence())));
        }
        return out.build();
    }

    private static List<IndicatorEvidence> readIndicatorEvidence(JsonArray list) {
        List<IndicatorEvidence> out = new ArrayList<>();
        for (JsonValue v : list) {
            JsonObject e = v.asJsonObject();
            out.add(new IndicatorEvidence(e.getJsonArray("path").getValuesAs(JsonString::getString),
                    readEvidence(e.getJsonArray("evidence"))));
        }
        return out;
    }

    /** Findings (text under {@code evidence}) or recommendations (under {@code text}). */
    public static JsonArray items(List<DraftItem> list, String textKey) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (DraftItem d : list) {
            JsonObjectBuilder b = JSON.createObjectBuilder();
            if (d.code() != null) {
                b.add("code", d.code());
            }
            b.add("title", d.title());
            if (d.text() != null) {
                b.add(textKey, d.text());
            }
            out.add(b);
        }
        return out.build();
    }

    private static List<DraftItem> readItems(JsonArray list, String textKey) {
        List<DraftItem> out = new ArrayList<>();
        list.forEach(v -> {
            JsonObject o = v.asJsonObject();
            out.add(new DraftItem(Json.text(o, "code", null), o.getString("title"), Json.text(o, textKey, null)));
        });
        return out;
    }

    /** The comment matrix; an open comment has null response, explanation and resolution. */
    public static JsonArray comments(List<ReviewComment> list) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        list.forEach(c -> out.add(comment(c)));
        return out.build();
    }

    public static JsonObjectBuilder comment(ReviewComment c) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", c.id())
                .add("source", c.source().name())
                .add("round", c.round())
                .add("author", c.author() == null ? "" : c.author())
                .add("at", c.at().toString())
                .add("text", c.text());
        nullable(b, "response", c.response() == null ? null : c.response().name());
        nullable(b, "explanation", c.explanation());
        nullable(b, "resolution", c.resolution());
        return b;
    }

    private static void nullable(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }

    private static List<ReviewComment> readComments(JsonArray list) {
        List<ReviewComment> out = new ArrayList<>();
        for (JsonValue v : list) {
            JsonObject c = v.asJsonObject();
            String response = Json.text(c, "response", null);
            out.add(new ReviewComment(c.getInt("id"), CommentSource.valueOf(c.getString("source")), c.getInt("round"),
                    Json.text(c, "author", null), Instant.parse(c.getString("at")), c.getString("text"),
                    response == null ? null : CommentResponse.valueOf(response), Json.text(c, "explanation", null),
                    Json.text(c, "resolution", null)));
        }
        return out;
    }

    private static JsonObject sections(ReportSections s) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (s.abstractText() != null) {
            b.add("abstract", s.abstractText());
        }
        if (s.overview() != null) {
            b.add("overview", s.overview());
        }
        if (s.experience() != null) {
            b.add("experience", s.experience());
        }
        return b.build();
    }
}
