package org.perfeval.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.perfeval.evidence.EvidenceFile;
import org.perfeval.json.Json;
import org.perfeval.workflow.EvidenceFiles;

/** Evidence files as the API shows them (API.md, Evidence files). */
final class EvidenceJson {

    private EvidenceJson() {
    }

    static JsonObject file(EvidenceFile f, String viewer) {
        return Json.BUILDERS.createObjectBuilder()
                .add("id", f.getId())
                .add("evaluationId", f.getEvaluationId())
                .add("name", f.getName())
                .add("size", f.getSize())
                .add("sha256", f.getSha256())
                .add("contentType", f.getType().mediaType())
                .add("type", f.getType().name())
                .add("inline", f.getType().inline())
                .add("uploadedBy", f.getUploadedBy())
                .add("uploadedAt", f.getUploadedAt().toString())
                .add("submitted", f.isSubmitted())
                .add("deletable", f.isChangeableBy(viewer))
                .build();
    }

    static JsonObject list(EvidenceFiles.Listing listing, String viewer) {
        JsonArrayBuilder items = Json.BUILDERS.createArrayBuilder();
        listing.files().forEach(f -> items.add(file(f, viewer)));
        return Json.BUILDERS.createObjectBuilder().add("items", items)
                .add("limits", Json.BUILDERS.createObjectBuilder().add("maxFileBytes", listing.maxFileBytes())
                        .add("maxEvaluationBytes", listing.maxEvaluationBytes()).add("usedBytes", listing.usedBytes()))
                .build();
    }
}
