package org.perfeval.scoring;

import jakarta.json.JsonObject;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.ScoreResultJson;
import org.perfeval.json.ScoreSheetJson;

/** Scoring as the preview API does it: a FORMAT.md sheet in, its result out, both as JSON. */
public final class JsonScoring {

    private final ScoringService service;

    public JsonScoring() {
        this(new ScoringService());
    }

    public JsonScoring(ScoringService service) {
        this.service = service;
    }

    public JsonObject score(JsonObject sheet) {
        return ScoreResultJson.of(service.score(ScoreSheetJson.read(sheet, SheetRules.Stage.SCORING)));
    }
}
