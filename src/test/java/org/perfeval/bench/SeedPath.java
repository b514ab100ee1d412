package org.perfeval.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.json.SheetParts;

/**
 * The one path every benchmark drives an evaluation along, from commission to CLOSED: the seed case
 * of cases/seed-2022.json with the lifecycle of LifecycleApiIT — a disagreement of the department
 * answered by the evaluator, a return by the bureau, then approval with three recommendations, and
 * their three rectifications planned, evidenced and accepted. 22 task completions after the commission.
 *
 * <p>The same steps drive PerfEval in-process (each payload read once into its task command), over
 * HTTP (the payloads as request bodies) and the bare engine (only the variables its gateways read).
 */
public final class SeedPath {

    /** Who completes a step: one of the demo accounts' roles. */
    public enum Actor { BUREAU, EVALUATOR, DEPARTMENT }

    /** One task completion: who, which task key, what body. */
    public record Step(Actor actor, String key, JsonObject payload) {

        /** The process variables the models' gateways read after this task (what PerfEval's handler sets). */
        public Map<String, Object> gatewayVariables() {
            Map<String, Object> vars = new HashMap<>();
            switch (key) {
                case "accept" -> vars.put("accepted", payload.getBoolean("accepted"));
                case "exchangeViews" -> vars.put("agreed", payload.getBoolean("agree"));
                case "review" -> vars.put("approved", payload.getBoolean("approved"));
                case "verifyRectification" -> vars.put("rectificationAccepted", payload.getBoolean("accepted"));
                default -> {
                }
            }
            return vars;
        }
    }

    public static final String TITLE = "2022年新能源汽车园事业服务中心部门整体支出绩效评价";
    public static final String DEPARTMENT = "新能源汽车园事业服务中心";
    public static final String AGENCY = "山西天正会计师事务所";
    public static final int RECOMMENDATIONS = 3;

    private static final List<Step> STEPS = build();

    private SeedPath() {
    }

    public static List<Step> steps() {
        return STEPS;
    }

    /** The seed case of ../shared/cases as the test resources carry it. */
    public static JsonObject seedCase() {
        try (InputStream in = SeedPath.class.getResourceAsStream("/cases/seed-2022.json")) {
            if (in == null) {
                throw new IllegalStateException("cases/seed-2022.json is not on the class path");
            }
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commission's body of the API (title made unique by the caller). */
    public static JsonObject commission(String title, String dueDate) {
        return Json.createObjectBuilder().add("title", title).add("year", 2022).add("kind", "DEPARTMENT")
                .add("subject", Json.createObjectBuilder().add("name", DEPARTMENT))
                .add("agency", Json.createObjectBuilder().add("name", AGENCY))
                .add("dueDate", dueDate).build();
    }

    private static List<Step> build() {
        JsonObject seed = seedCase();
        List<Step> s = new ArrayList<>();
        s.add(step(Actor.EVALUATOR, "accept", o().add("accepted", true)));
        s.add(step(Actor.EVALUATOR, "setTargets", o().add("indicators", SheetParts.targets(seed))));
        s.add(step(Actor.DEPARTMENT, "submitData", o().add("funds", seed.getJsonObject("funds"))
                .add("evidence", Json.createArrayBuilder().add("2022年部门决算报表.xlsx"))));
        s.add(step(Actor.EVALUATOR, "collectData", o().add("actuals", SheetParts.actuals(seed))
                .add("checklist", seed.getJsonObject("checklist"))));
        JsonObject scoring = o().add("scores", SheetParts.judgments(seed)).build();
        s.add(new Step(Actor.EVALUATOR, "score", scoring));
        // the first draft writes the sections no rule can (部门概况, 主要经验和做法); later drafts keep them
        s.add(step(Actor.EVALUATOR, "draftReport", o().add("sections", o().add("overview", "新能源汽车园事业服务中心为公益一类事业单位，"
                + "为副处级建制，内设2个科室。").add("experience", "积极建链补链强链，壮大汽车产业集群。"))));
        s.add(step(Actor.DEPARTMENT, "exchangeViews", o().add("agree", false).add("comments", "预算调整系上级统筹收回资金所致")));
        s.add(step(Actor.EVALUATOR, "draftReport", o().add("responses", Json.createArrayBuilder()
                .add(o().add("commentId", 1).add("response", "ADOPTED")))));
        s.add(step(Actor.BUREAU, "review", o().add("approved", false).add("comments", "请复核政府采购执行率的得分")));
        s.add(new Step(Actor.EVALUATOR, "score", scoring));
        s.add(step(Actor.EVALUATOR, "draftReport", o()
                .add("recommendations", Json.createArrayBuilder().add("提高部门预算编制精准度，降低预算调整率")
                        .add("加强预算绩效管理认识，提高预算绩效管理水平").add("提高年度政府采购预算编制科学性"))
                .add("responses", Json.createArrayBuilder().add(o().add("commentId", 2).add("response", "ADOPTED")))));
        s.add(step(Actor.DEPARTMENT, "exchangeViews", o().add("agree", true)));
        s.add(step(Actor.BUREAU, "review", o().add("approved", true)));
        for (int i = 0; i < RECOMMENDATIONS; i++) {
            s.add(step(Actor.DEPARTMENT, "rectificationPlan", o().add("measures", "细化预算编制程序，建立预算执行月度分析制度")));
        }
        for (int i = 0; i < RECOMMENDATIONS; i++) {
            s.add(step(Actor.DEPARTMENT, "rectificationEvidence", o().add("summary", "已修订预算管理办法并执行")
                    .add("evidence", Json.createArrayBuilder().add("预算管理办法.pdf"))));
        }
        for (int i = 0; i < RECOMMENDATIONS; i++) {
            s.add(step(Actor.BUREAU, "verifyRectification", o().add("accepted", true)));
        }
        return List.copyOf(s);
    }

    private static JsonObjectBuilder o() {
        return Json.createObjectBuilder();
    }

    private static Step step(Actor actor, String key, JsonObjectBuilder payload) {
        return new Step(actor, key, payload.build());
    }
}
