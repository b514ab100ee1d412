package org.perfeval.scoring;

import jakarta.json.JsonObject;
import java.util.Locale;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.ScoreSheetJson;

/**
 * Scoring throughput on one thread: the seed case (30 indicators, every rule kind) read, checked
 * and scored again and again. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.perfeval.scoring.ScoringBenchmark}.
 */
public final class ScoringBenchmark {

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        JsonObject sheet = SheetScorerTest.seedCase();
        JsonScoring service = new JsonScoring();
        SheetScorer scorer = new SheetScorer(FindingThresholds.DEFAULTS);
        ScoreSheet checked = ScoreSheetJson.read(sheet, SheetRules.Stage.SCORING);
        long sink = 0;
        // warm-up: let the JIT compile the hot paths
        for (int i = 0; i < 20_000; i++) {
            sink += service.score(sheet).size();
        }
        for (int run = 1; run <= 3; run++) {
            int n = 50_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += service.score(sheet).size();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += scorer.score(checked).indicators().size();
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "run %d: %,.0f sheets/s end to end (JSON in, checked, scored, JSON out); "
                            + "%,.0f sheets/s scoring a checked sheet; 30 indicators, 1 thread%n",
                    run, n / ((t1 - t0) / 1e9), n / ((t2 - t1) / 1e9));
        }
        if (sink == 42) {
            System.out.println("(unlikely)");
        }
    }
}
