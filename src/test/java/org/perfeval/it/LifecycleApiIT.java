package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.it.probe.TimerProbe;
import org.perfeval.it.probe.TimerProbeResource;
import org.perfeval.workflow.FailingScoringStep;

/**
 * The built WAR on Payara Micro, driven through the HTTP API as the bureau, the evaluator and the
 * department would: the whole lifecycle, the comment matrix, bad input on every endpoint,
 * authorization, and a failing CDI bean inside a service task rolling back Flowable and domain
 * writes together.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleApiIT {

    private static final String AGENCY = "山西天正会计师事务所";
    private static final String CONFLICTED_AGENCY = "晋中恒信会计师事务所";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")))
                .addClasses(FailingScoringStep.class, TimerProbe.class, TimerProbeResource.class);
    }

    @ArquillianResource
    URL base;

    private ApiClient api() {
        return new ApiClient(base.toString());
    }

    private static String due() {
        return LocalDate.now().plusDays(45).toString();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void readinessAndOpenApiAreServed() {
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        ApiClient server = new ApiClient(root);
        ApiClient.Reply ready = server.get(null, "/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("perfeval"), ready.body());
        ApiClient.Reply openapi = server.get(null, "/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/evaluations"), openapi.body());
        for (String path : List.of("/api/admin/organisations", "/api/admin/users", "/api/admin/audit/verify",
                "/api/evaluations/{id}/audit", "/api/session/password")) {
            assertTrue(openapi.body().contains(path), path + " in the OpenAPI document");
        }
    }

    @Test
    void timerFiresOnAContainerThreadWithCdiJndiAndJta() throws InterruptedException {
        ApiClient api = api();
        ApiClient.Reply started = api.post("admin", "/api/test-probe/timer", "");
        assertEquals(200, started.status(), started.body());
        String instance = started.json().getString("processInstance");
        JsonObject seen = Json.createObjectBuilder().build();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!instance.equals(seen.getString("processInstance", "")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            seen = api.get("admin", "/api/test-probe/timer").json();
        }
        assertEquals(instance, seen.getString("processInstance", ""), "the timer fired within 60 s");
        assertEquals("true", seen.getString("cdi"));
        assertEquals("true", seen.getString("jta"));
        assertTrue(seen.getString("thread").startsWith("concurrent/__defaultManagedThreadFactory"),
                "job ran on a managed thread, not " + seen.getString("thread"));
    }

    @Test
    void scoringPreviewReproducesTheSeedCaseAndListsEveryProblem() throws Exception {
        ApiClient api = api();
        String seedFile = new String(LifecycleApiIT.class.getResourceAsStream("/cases/seed-2022.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        ApiClient.Reply ok = api.post("department", "/api/scoring/preview", seedFile);
        assertEquals(200, ok.status(), ok.body());
        JsonObject r = ok.json();
        assertEquals(new java.math.BigDecimal("85.50"), r.getJsonNumber("total").bigDecimalValue());
        assertEquals("良", r.getString("grade"));
        assertEquals("GOOD", r.getString("gradeCode"));
        assertEquals(new java.math.BigDecimal("100.00"), r.getJsonObject("ratios").getJsonNumber("budgetExecutionRate").bigDecimalValue());
        assertEquals(new java.math.BigDecimal("38.63"), r.getJsonObject("ratios").getJsonNumber("budgetAdjustmentRate").bigDecimalValue());
        assertEquals(new java.math.BigDecimal("29.89"), r.getJsonObject("ratios").getJsonNumber("procurementExecutionRate").bigDecimalValue());
        JsonObject expected = ApiClient.seedCase().getJsonObject("expected");
        for (var v : r.getJsonArray("indicators")) {
            JsonObject ind = v.asJsonObject();
            String key = String.join("/", ind.getJsonArray("path").getValuesAs(jakarta.json.JsonString::getString));
            assertEquals(0, expected.getJsonObject("indicatorScores").getJsonNumber(key).bigDecimalValue()
                    .compareTo(ind.getJsonNumber("score").bigDecimalValue()), key);
            assertFalse(ind.getString("explanation").isBlank());
        }
        assertEquals(expected.getJsonArray("findingCodes").getValuesAs(jakarta.json.JsonString::getString),
                r.getJsonArray("findings").stream().map(f -> f.asJsonObject().getString("code")).toList());

        ApiClient.Reply bad = api.post("evaluator", "/api/scoring/preview",
                "{\"funds\": {\"initialBudget\": -1}, \"indicators\": [{\"path\": [\"a\"], \"weight\": 60, \"target\": \"≥1个\","
                        + " \"actual\": \"1个\", \"score\": 70}, {\"path\": [\"b\"], \"weight\": 40, \"formula\": \"X\"}]}");
        assertEquals(422, bad.status(), bad.body());
        assertEquals(List.of("funds.initialBudget", "indicators[0].score", "indicators[1].formula"), bad.detailPaths());
        assertEquals(400, api.post("evaluator", "/api/scoring/preview", "{\"indicators\": [").status());
        assertEquals(401, api.post(null, "/api/scoring/preview", seedFile).status());

        ApiClient.Reply library = api.get("evaluator", "/api/indicator-library");
        assertEquals(200, library.status());
        assertEquals(3, library.json().getJsonArray("items").size());
        ApiClient.Reply template = api.get("evaluator", "/api/indicator-library/department-overall");
        assertEquals(200, template.status());
        assertTrue(template.body().contains("履职效能"));
        assertEquals(404, api.get("evaluator", "/api/indicator-library/none").status());
    }

    @Test
    void seedCaseRunsTheWholeLifecycleWithAReturnedReview() {
        ApiClient api = api();
        JsonObject seed = ApiClient.seedCase();
        long id = api.commission(unique("2022年新能源汽车园事业服务中心部门整体支出绩效评价"), AGENCY, due());
        assertEquals("COMMISSIONED", api.get("bureau", "/api/evaluations/" + id).json().getString("status"));

        api.complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        JsonObject e = api.complete("evaluator", id, "setTargets",
                Json.createObjectBuilder().add("indicators", ApiClient.targetsOf(seed)).build());
        assertEquals("DATA_COLLECTION", e.getString("status"));
        assertEquals(30, e.getJsonArray("indicators").size());

        api.complete("department", id, "submitData", Json.createObjectBuilder().add("funds", seed.getJsonObject("funds"))
                .add("evidence", Json.createArrayBuilder().add("2022年部门决算报表.xlsx")).build());
        e = api.complete("evaluator", id, "collectData", Json.createObjectBuilder()
                .add("actuals", ApiClient.actualsOf(seed)).add("checklist", seed.getJsonObject("checklist")).build());
        assertEquals("SCORING", e.getString("status"));

        e = api.complete("evaluator", id, "score", Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed)).build());
        assertEquals("DRAFT", e.getString("status"));
        assertEquals(85.5, e.getJsonNumber("total").doubleValue());
        assertEquals("良", e.getString("grade"));
        assertEquals(38.63, e.getJsonObject("ratios").getJsonNumber("budgetAdjustmentRate").doubleValue());
        assertEquals(29.89, e.getJsonObject("ratios").getJsonNumber("procurementExecutionRate").doubleValue());
        assertEquals(6, e.getJsonObject("result").getJsonArray("findings").size(), "the scoring keeps one finding per weak indicator");
        assertEquals(List.of("预算资金调整率较大", "预算绩效管理机制不健全", "政府采购预算执行率较低"), e.getJsonArray("findings").stream()
                .map(f -> f.asJsonObject().getString("title")).toList(), "the draft merges them under the rules that explain them");
        assertTrue(e.getJsonArray("findings").getJsonObject(0).getString("evidence").contains("预算调整率为38.63%"));
        assertTrue(e.getJsonObject("sections").getString("abstract").contains("（综示晋开财发〔2023〕156号）"));
        assertEquals(List.of("sections.overview", "sections.experience"), e.getJsonArray("reportGaps").stream()
                .map(g -> g.asJsonObject().getString("field")).toList());

        // nothing unfinished goes on: the sections no rule can write are named
        ApiClient.Reply unfinished = api.post("evaluator", "/api/tasks/" + api.task("evaluator", id, "draftReport") + "/complete",
                "{\"sections\": {\"overview\": \"  \"}}");
        assertEquals(422, unfinished.status(), unfinished.body());
        assertEquals(List.of("sections.overview", "sections.experience"), unfinished.detailPaths());
        e = api.complete("evaluator", id, "draftReport", ApiClient.draft().build());
        assertEquals(List.of(), e.getJsonArray("reportGaps"));
        e = api.complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", false)
                .add("comments", "预算调整系上级统筹收回资金所致").build());
        assertEquals("DRAFT", e.getString("status"), "the evaluator answers the department's comment first");
        e = api.complete("evaluator", id, "draftReport", Json.createObjectBuilder().add("responses", Json.createArrayBuilder()
                .add(answer(1, "ADOPTED", null))).build());
        assertEquals("REVIEW", e.getString("status"));

        e = api.complete("bureau", id, "review", Json.createObjectBuilder().add("approved", false)
                .add("comments", "请复核政府采购执行率的得分").build());
        assertEquals("SCORING", e.getString("status"));
        api.complete("evaluator", id, "score", Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed)).build());
        api.complete("evaluator", id, "draftReport", Json.createObjectBuilder()
                .add("recommendations", Json.createArrayBuilder().add("提高部门预算编制精准度，降低预算调整率")
                        .add("加强预算绩效管理认识，提高预算绩效管理水平").add("提高年度政府采购预算编制科学性"))
                .add("responses", Json.createArrayBuilder().add(answer(2, "ADOPTED", null))).build());
        api.complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", true).build());
        e = api.complete("bureau", id, "review", Json.createObjectBuilder().add("approved", true).build());

        // published: one rectification per recommendation, the department is told
        assertEquals("RECTIFICATION", e.getString("status"));
        assertEquals(3, e.getJsonArray("recommendations").size());
        assertEquals(3, e.getJsonArray("rectifications").size());
        assertFalse(e.getBoolean("overdue"));
        assertEquals(3, api.notifications("department", id, "RECTIFICATION_OPENED"));
        List<String> actions = e.getJsonArray("history").stream()
                .map(h -> ((JsonObject) h).getString("actor") + ":" + ((JsonObject) h).getString("action")).toList();
        assertTrue(actions.containsAll(List.of("bureau:commission", "evaluator:accept", "department:submitData",
                "evaluator:score", "department:exchangeViews", "bureau:review", "bureau:publish")), actions::toString);
        assertEquals(2, actions.stream().filter("evaluator:scored"::equals).count());

        // bad rectification payloads
        String plan = api.task("department", id, "rectificationPlan");
        ApiClient.Reply noMeasures = api.post("department", "/api/tasks/" + plan + "/complete", "{\"dueDate\": \"2020-01-01\"}");
        assertEquals(422, noMeasures.status());
        assertEquals(List.of("measures", "dueDate"), noMeasures.detailPaths());
        assertEquals(403, api.post("bureau", "/api/tasks/" + plan + "/complete", "{\"measures\": \"x\"}").status());

        // the department plans and reports, the bureau returns one item once, then accepts all
        for (int i = 0; i < 3; i++) {
            api.complete("department", id, "rectificationPlan", Json.createObjectBuilder()
                    .add("measures", "细化预算编制程序，建立预算执行月度分析制度").build());
        }
        ApiClient.Reply noEvidence = api.post("department", "/api/tasks/" + api.task("department", id, "rectificationEvidence")
                + "/complete", "{\"evidence\": []}");
        assertEquals(List.of("summary", "evidence"), noEvidence.detailPaths());
        for (int i = 0; i < 3; i++) {
            api.complete("department", id, "rectificationEvidence", Json.createObjectBuilder()
                    .add("summary", "已修订预算管理办法并执行").add("evidence", Json.createArrayBuilder().add("预算管理办法.pdf")).build());
        }
        String verify = api.task("bureau", id, "verifyRectification");
        ApiClient.Reply noComments = api.post("bureau", "/api/tasks/" + verify + "/complete", "{\"accepted\": false}");
        assertEquals(List.of("comments"), noComments.detailPaths());
        api.complete("bureau", id, "verifyRectification", Json.createObjectBuilder().add("accepted", false)
                .add("comments", "请补充领导小组成立文件").build());
        assertEquals(1, api.notifications("department", id, "EVIDENCE_RETURNED"));
        api.complete("department", id, "rectificationEvidence", Json.createObjectBuilder()
                .add("summary", "已成立预算绩效管理领导小组").add("evidence", Json.createArrayBuilder().add("成立文件.pdf")).build());
        for (int i = 0; i < 2; i++) {
            e = api.complete("bureau", id, "verifyRectification", Json.createObjectBuilder().add("accepted", true).build());
            assertEquals("RECTIFICATION", e.getString("status"));
        }
        e = api.complete("bureau", id, "verifyRectification", Json.createObjectBuilder().add("accepted", true).build());

        // the last acceptance closes the evaluation with its budget advice
        assertEquals("CLOSED", e.getString("status"));
        JsonObject advice = e.getJsonObject("budgetAdvice");
        assertEquals("AS_JUSTIFIED", advice.getString("advice"));
        assertTrue(advice.getBoolean("rectifiedOnTime"));
        int budgetYear = advice.getInt("budgetYear");
        assertEquals(LocalDate.now().getYear() + 1, budgetYear);
        assertTrue(e.getJsonArray("rectifications").stream().allMatch(r -> r.asJsonObject().getString("status").equals("ACCEPTED")));
        ApiClient.Reply forYear = api.get("bureau", "/api/budget-advice?year=" + budgetYear);
        assertTrue(forYear.json().getJsonArray("items").stream().anyMatch(x -> x.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(422, api.get("bureau", "/api/budget-advice?year=next").status());
        assertEquals(1, api.notifications("department", id, "EVALUATION_CLOSED"));

        // the audit trail holds every change: each completion by its actor, every stage, the figures old → new
        List<JsonObject> trail = api.get("bureau", "/api/evaluations/" + id + "/audit?size=500").json()
                .getJsonArray("items").stream().map(JsonObject.class::cast).toList();
        java.util.Map<String, Long> byActorAndAction = trail.stream().filter(t -> !t.getString("action").equals("status"))
                .collect(java.util.stream.Collectors.groupingBy(t -> t.getString("actor") + ":" + t.getString("action"),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        assertEquals(new java.util.TreeMap<>(java.util.Map.ofEntries(java.util.Map.entry("bureau:commission", 1L),
                java.util.Map.entry("evaluator:accept", 1L), java.util.Map.entry("evaluator:setTargets", 1L),
                java.util.Map.entry("department:submitData", 1L), java.util.Map.entry("evaluator:collectData", 1L),
                java.util.Map.entry("evaluator:score", 2L), java.util.Map.entry("evaluator:draftReport", 3L),
                java.util.Map.entry("department:exchangeViews", 2L), java.util.Map.entry("bureau:review", 2L),
                java.util.Map.entry("department:rectificationPlan", 3L),
                java.util.Map.entry("department:rectificationEvidence", 4L),
                java.util.Map.entry("bureau:verifyRectification", 4L))), byActorAndAction);
        List<String> stages = trail.stream().filter(t -> t.getString("action").equals("status"))
                .map(t -> t.getJsonObject("after").getString("status")).toList();
        assertTrue(stages.containsAll(List.of("TARGETS", "DATA_COLLECTION", "SCORING", "DRAFT", "REVIEW", "PUBLISHED",
                "RECTIFICATION")), stages::toString);
        assertEquals("CLOSED", stages.get(stages.size() - 1));
        JsonObject funds = trail.stream().filter(t -> t.getString("action").equals("submitData")).findFirst().orElseThrow();
        assertEquals("27.52", funds.getJsonObject("after").getString("funds.adjustedBudget"));
        assertEquals("", funds.getJsonObject("before").getString("funds.adjustedBudget"));
        JsonObject firstScore = trail.stream().filter(t -> t.getString("action").equals("score")).findFirst().orElseThrow();
        assertEquals("85.5", firstScore.getJsonObject("after").getString("result.total"));
        assertEquals("良", firstScore.getJsonObject("after").getString("result.grade"));
        JsonObject returned = trail.stream().filter(t -> t.getString("action").equals("review")).findFirst().orElseThrow();
        assertTrue(returned.getJsonObject("after").getString("submitted").contains("请复核政府采购执行率的得分"),
                returned::toString);
        assertTrue(trail.stream().allMatch(t -> t.getJsonNumber("evaluationId").longValue() == id));
        assertTrue(api.get("admin", "/api/admin/audit/verify").json().getBoolean("valid"));

        // visible to all three parties, to nobody else
        assertEquals(200, api.get("department", "/api/evaluations/" + id).status());
        assertEquals(404, api.get("evaluator2", "/api/evaluations/" + id).status());
    }

    @Test
    void commentsOfTheDepartmentAndTheBureauAreAnsweredShownAndPrinted() throws Exception {
        ApiClient api = api();
        long id = api.scoreSeed(unique("意见采纳情况测试"), AGENCY, due());
        api.complete("evaluator", id, "draftReport", ApiClient.draft().build());

        // the department disagrees with two numbered points: two open rows, back to the evaluator
        JsonObject e = api.complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", false)
                .add("comments", "1、预算调整系上级统筹收回资金所致\n2、<b>采购</b>执行率低系项目延期所致").build());
        assertEquals("DRAFT", e.getString("status"));
        JsonArray comments = e.getJsonArray("comments");
        assertEquals(2, comments.size());
        JsonObject first = comments.getJsonObject(0);
        assertEquals(1, first.getInt("id"));
        assertEquals("EXCHANGE_OF_VIEWS", first.getString("source"));
        assertEquals("被评价单位意见", first.getString("sourceLabel"));
        assertEquals(1, first.getInt("round"));
        assertEquals("department", first.getString("author"));
        assertEquals("1、预算调整系上级统筹收回资金所致", first.getString("text"));
        assertEquals(JsonValue.NULL, first.get("response"));
        assertEquals("2、<b>采购</b>执行率低系项目延期所致", comments.getJsonObject(1).getString("text"), "kept as given");

        // the draft goes on only with every comment answered; each bad answer is named by its path
        String draft = api.task("evaluator", id, "draftReport");
        ApiClient.Reply unanswered = api.post("evaluator", "/api/tasks/" + draft + "/complete", "{}");
        assertEquals(422, unanswered.status(), unanswered.body());
        assertEquals(List.of("responses", "responses"), unanswered.detailPaths());
        assertTrue(unanswered.body().contains("意见1尚未答复"), unanswered.body());
        ApiClient.Reply badJson = api.post("evaluator", "/api/tasks/" + draft + "/complete",
                "{\"responses\": [{\"commentId\": \"1\", \"response\": \"YES\"}]}");
        assertEquals(List.of("responses[0].commentId", "responses[0].response"), badJson.detailPaths());
        ApiClient.Reply bad = api.post("evaluator", "/api/tasks/" + draft + "/complete", Json.createObjectBuilder()
                .add("responses", Json.createArrayBuilder().add(answer(1, "PARTLY", null)).add(answer(9, "ADOPTED", null))).build());
        assertEquals(List.of("responses[0].explanation", "responses[1].commentId", "responses"), bad.detailPaths());
        assertEquals("DRAFT", api.get("evaluator", "/api/evaluations/" + id).json().getString("status"), "nothing moved");

        e = api.complete("evaluator", id, "draftReport", Json.createObjectBuilder().add("responses", Json.createArrayBuilder()
                .add(answer(1, "PARTLY", "调整原因已补充").add("resolution", "已在“存在的问题”中补充说明"))
                .add(answer(2, "NOT_ADOPTED", "执行率按年度政府采购预算计算"))).build());
        assertEquals("REVIEW", e.getString("status"), "the answered draft goes to the bureau");
        assertEquals("部分采纳", e.getJsonArray("comments").getJsonObject(0).getString("responseLabel"));

        // the bureau returns it: its comment is row 3, answered in the next draft, which the department sees again
        e = api.complete("bureau", id, "review", Json.createObjectBuilder().add("approved", false)
                .add("comments", "请复核政府采购执行率的得分").build());
        JsonObject third = e.getJsonArray("comments").getJsonObject(2);
        assertEquals(List.of(3, 1, "BUREAU_REVIEW", "bureau"), List.of(third.getInt("id"), third.getInt("round"),
                third.getString("source"), third.getString("author")));
        api.complete("evaluator", id, "score", Json.createObjectBuilder().add("scores", ApiClient.scoresOf(ApiClient.seedCase())).build());
        api.complete("evaluator", id, "draftReport", Json.createObjectBuilder().add("responses", Json.createArrayBuilder()
                .add(answer(3, "ADOPTED", null).add("resolution", "已复核，得分不变"))).build());
        api.complete("department", id, "exchangeViews", Json.createObjectBuilder().add("agree", true).build());
        e = api.complete("bureau", id, "review", Json.createObjectBuilder().add("approved", true).build());

        // shown with the evaluation to every party, and printed as the report's appendix
        comments = api.get("department", "/api/evaluations/" + id).json().getJsonArray("comments");
        assertEquals(List.of("PARTLY", "NOT_ADOPTED", "ADOPTED"),
                comments.stream().map(c -> c.asJsonObject().getString("response")).toList());
        assertEquals("执行率按年度政府采购预算计算", comments.getJsonObject(1).getString("explanation"));
        assertEquals("已复核，得分不变", comments.getJsonObject(2).getString("resolution"));
        ApiClient.Binary docx = api.download("bureau", "/api/evaluations/" + id + "/report",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertEquals(200, docx.status());
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("附件：意见采纳情况表")));
            XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
            assertEquals(4, appendix.getNumberOfRows());
            assertEquals("2、<b>采购</b>执行率低系项目延期所致", appendix.getRow(2).getCell(2).getText().strip());
            assertEquals("未采纳", appendix.getRow(2).getCell(3).getText().strip());
        }
    }

    private static JsonObjectBuilder answer(int commentId, String response, String explanation) {
        JsonObjectBuilder a = Json.createObjectBuilder().add("commentId", commentId).add("response", response);
        return explanation == null ? a : a.add("explanation", explanation);
    }

    @Test
    void rectificationTimersFireInTheContainerWhenTheClockPassesTheirDates() throws InterruptedException {
        ApiClient api = api();
        long id = api.publishSeed(unique("整改计时测试"), AGENCY, due());
        assertEquals("RECTIFICATION", api.get("bureau", "/api/evaluations/" + id).json().getString("status"));
        try {
            // 28 days on: within three days of the 30-day deadline, the department is reminded
            assertEquals(200, api.post("admin", "/api/test-probe/timer/clock?plusSeconds=" + 28 * 86400, "").status());
            waitFor(() -> api.notifications("department", id, "REMINDER") == 2, "reminders for both items");
            assertFalse(api.get("bureau", "/api/evaluations/" + id).json().getBoolean("overdue"));

            // 31 days on: overdue, escalated to the bureau, visible in its list of overdue items
            assertEquals(200, api.post("admin", "/api/test-probe/timer/clock?plusSeconds=" + 31 * 86400, "").status());
            waitFor(() -> api.notifications("bureau", id, "ESCALATION") == 2, "escalations for both items");
            JsonObject e = api.get("bureau", "/api/evaluations/" + id).json();
            assertTrue(e.getBoolean("overdue"));
            assertTrue(e.getJsonArray("rectifications").stream().allMatch(r -> r.asJsonObject().getBoolean("overdue")));
            JsonObject overdue = api.get("bureau", "/api/rectifications?overdue=true").json();
            assertEquals(2, overdue.getJsonArray("items").stream()
                    .filter(r -> r.asJsonObject().getJsonNumber("evaluationId").longValue() == id).count());
            assertEquals(0, api.get("evaluator2", "/api/rectifications?overdue=true").json().getJsonArray("items").size());
            // the escalation, made by the process alone, is in the audit trail too
            List<JsonObject> escalations = api.get("bureau", "/api/evaluations/" + id + "/audit?action=rectification.overdue")
                    .json().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
            assertEquals(2, escalations.size());
            assertEquals("system", escalations.get(0).getString("actor"));
            assertTrue(escalations.get(0).getJsonObject("after").keySet().stream().anyMatch(k -> k.endsWith(".overdueSince")),
                    escalations.get(0)::toString);
        } finally {
            assertEquals(200, api.delete("admin", "/api/test-probe/timer/clock").status());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(500);
        }
    }

    @Test
    void badInputIsRefusedPreciselyAndWritesNothing() {
        ApiClient api = api();
        // commission: malformed, not an object, invalid, wrong role
        assertEquals(400, api.post("bureau", "/api/evaluations", "{\"title\": ").status());
        assertEquals(400, api.post("bureau", "/api/evaluations", "[1, 2]").status());
        ApiClient.Reply invalid = api.post("bureau", "/api/evaluations",
                "{\"title\": \"\", \"year\": \"2022\", \"kind\": \"X\", \"subject\": {\"name\": \"无此单位\"}, \"dueDate\": \"tomorrow\"}");
        assertEquals(422, invalid.status(), invalid.body());
        assertEquals(java.util.Set.of("title", "year", "kind", "subject.name", "agency.name", "dueDate"),
                java.util.Set.copyOf(invalid.detailPaths()));
        assertEquals(6, invalid.detailPaths().size());
        ApiClient.Reply unknownParty = api.post("bureau", "/api/evaluations", Json.createObjectBuilder()
                .add("title", "x").add("year", 2022).add("kind", "PROJECT")
                .add("subject", Json.createObjectBuilder().add("name", "无此单位"))
                .add("agency", Json.createObjectBuilder().add("name", "新能源汽车园事业服务中心"))
                .add("dueDate", due()).build());
        assertEquals(422, unknownParty.status());
        assertEquals(List.of("subject.name", "agency.name"), unknownParty.detailPaths());
        ApiClient.Reply wrongRole = api.post("evaluator", "/api/evaluations", Json.createObjectBuilder()
                .add("title", "x").add("year", 2022).add("kind", "PROJECT")
                .add("subject", Json.createObjectBuilder().add("name", "新能源汽车园事业服务中心"))
                .add("agency", Json.createObjectBuilder().add("name", AGENCY)).add("dueDate", due()).build());
        assertEquals(403, wrongRole.status());

        // authentication
        assertEquals(401, api.get(null, "/api/tasks").status());
        assertEquals(401, api.get("bureau:wrong", "/api/tasks").status());
        assertEquals(404, api.get("bureau", "/api/evaluations/999999").status());
        assertEquals(404, api.get("bureau", "/api/evaluations/abc").status());
        assertEquals(404, api.post("evaluator", "/api/tasks/no-such-task/complete", "{}").status());

        long id = api.commission(unique("输入校验测试"), AGENCY, due());
        String accept = api.task("evaluator", id, "accept");
        assertEquals(403, api.post("department", "/api/tasks/" + accept + "/complete", "{\"accepted\": true}").status());
        assertEquals(400, api.post("evaluator", "/api/tasks/" + accept + "/complete", "{accepted: true}").status());
        ApiClient.Reply noReason = api.post("evaluator", "/api/tasks/" + accept + "/complete", "{\"accepted\": false}");
        assertEquals(422, noReason.status());
        assertEquals(List.of("reason"), noReason.detailPaths());
        assertEquals(422, api.post("evaluator", "/api/tasks/" + accept + "/complete", "{\"accepted\": \"yes\"}").status());

        // claim, complete, and a second completion of the same task is a conflict
        assertEquals(200, api.post("evaluator", "/api/tasks/" + accept + "/claim", "").status());
        assertEquals(200, api.post("evaluator", "/api/tasks/" + accept + "/complete", "{\"accepted\": true}").status());
        assertEquals(409, api.post("evaluator", "/api/tasks/" + accept + "/complete", "{\"accepted\": true}").status());

        // weights not totalling 100 and a bad field: 422 naming both, nothing stored
        String targets = api.task("evaluator", id, "setTargets");
        ApiClient.Reply badTargets = api.post("evaluator", "/api/tasks/" + targets + "/complete",
                "{\"indicators\": [{\"path\": [\"产出\", \"数量\", \"a\"], \"weight\": 60, \"target\": \"≥11个\"},"
                        + " {\"path\": [\"产出\", \"数量\", \"b\"], \"weight\": \"x\", \"target\": \"≥1个\"}]}");
        assertEquals(422, badTargets.status(), badTargets.body());
        assertEquals(List.of("indicators[1].weight"), badTargets.detailPaths());
        JsonObject after = api.get("evaluator", "/api/evaluations/" + id).json();
        assertEquals("TARGETS", after.getString("status"));
        assertEquals(0, after.getJsonArray("indicators").size());
        assertEquals(targets, api.task("evaluator", id, "setTargets"));
    }

    @Test
    void failingServiceTaskRollsBackFlowableAndDomainWrites() {
        ApiClient api = api();
        JsonObject seed = ApiClient.seedCase();
        long id = api.commission(unique("回滚测试 " + FailingScoringStep.MARKER), AGENCY, due());
        api.complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        api.complete("evaluator", id, "setTargets", Json.createObjectBuilder().add("indicators", ApiClient.targetsOf(seed)).build());
        api.complete("department", id, "submitData", Json.createObjectBuilder().add("funds", seed.getJsonObject("funds")).build());
        api.complete("evaluator", id, "collectData", Json.createObjectBuilder()
                .add("actuals", ApiClient.actualsOf(seed)).add("checklist", seed.getJsonObject("checklist")).build());
        String score = api.task("evaluator", id, "score");
        JsonObject before = api.get("evaluator", "/api/evaluations/" + id).json();

        ApiClient.Reply failed = api.post("evaluator", "/api/tasks/" + score + "/complete",
                Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed)).build());
        assertEquals(500, failed.status(), failed.body());
        assertEquals("internal", failed.json().getString("error"));
        assertFalse(failed.body().contains("IllegalStateException"), "no stack trace or exception names leak");

        JsonObject now = api.get("evaluator", "/api/evaluations/" + id).json();
        assertEquals("SCORING", now.getString("status"));
        assertTrue(now.isNull("total"), "the total written before the failure is rolled back");
        assertEquals(before.getJsonArray("history").size(), now.getJsonArray("history").size());
        assertEquals(before.getJsonArray("indicators"), now.getJsonArray("indicators"), "the submitted scores are rolled back");
        assertEquals(before.getInt("version"), now.getInt("version"));
        assertEquals(score, api.task("evaluator", id, "score"), "the Flowable task is still open");
    }

    @Test
    void conflictedAgencyIsRefusedAtCommissioningAndAtAcceptanceAndRefusalCancels() {
        ApiClient api = api();
        // a conflict on record: the commission itself is refused, naming the agency
        ApiClient.Reply commission = api.post("bureau", "/api/evaluations", Json.createObjectBuilder()
                .add("title", unique("回避测试")).add("year", 2022).add("kind", "DEPARTMENT")
                .add("subject", Json.createObjectBuilder().add("name", "新能源汽车园事业服务中心"))
                .add("agency", Json.createObjectBuilder().add("name", CONFLICTED_AGENCY))
                .add("dueDate", due()).build());
        assertEquals(422, commission.status(), commission.body());
        assertEquals(List.of("agency.name"), commission.detailPaths());
        assertTrue(commission.body().contains(CONFLICTED_AGENCY), commission.body());

        // a conflict recorded after the commission: the agency cannot accept, and its refusal cancels
        ApiClient.Reply department = api.post("admin", "/api/admin/organisations", Json.createObjectBuilder()
                .add("name", unique("晋中市回避测试单位")).add("type", "DEPARTMENT").build());
        long departmentId = department.json().getJsonNumber("id").longValue();
        ApiClient.Reply commissioned = api.post("bureau", "/api/evaluations", Json.createObjectBuilder()
                .add("title", unique("回避测试")).add("year", 2022).add("kind", "PROJECT")
                .add("subject", Json.createObjectBuilder().add("id", departmentId))
                .add("agency", Json.createObjectBuilder().add("name", AGENCY)).add("dueDate", due()).build());
        assertEquals(201, commissioned.status(), commissioned.body());
        long id = commissioned.json().getJsonNumber("id").longValue();
        long agencyId = api.get("admin", "/api/admin/organisations").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(o -> o.getString("name").equals(AGENCY))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(201, api.post("admin", "/api/admin/conflicts", Json.createObjectBuilder().add("agencyId", agencyId)
                .add("departmentId", departmentId).add("reason", "曾为该单位提供年度审计服务").build()).status());
        String accept = api.task("evaluator", id, "accept");
        ApiClient.Reply refused = api.post("evaluator", "/api/tasks/" + accept + "/complete", "{\"accepted\": true}");
        assertEquals(422, refused.status());
        assertEquals(List.of("accepted"), refused.detailPaths());
        JsonObject e = api.complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", false)
                .add("reason", "曾为该单位提供年度审计服务，申请回避").build());
        assertEquals("CANCELLED", e.getString("status"));
        assertEquals(0, e.getJsonArray("openTasks").size());
    }
}
