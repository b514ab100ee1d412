package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The on-site review of a batch through the API on Payara Micro, from dispatch to closed: shared
 * between two agencies under the conflict-of-interest rule, each seeing only its forms, rechecks
 * with reasons, a return and a resubmission, the department answering its own results, the bureau
 * closing; every step refused to the wrong role or at the wrong time.
 */
@ExtendWith(ArquillianExtension.class)
class SelfEvaluationReviewIT {

    private static final String BATCHES = "/api/self-evaluation/batches";
    private static final String DEPARTMENT = "新能源汽车园事业服务中心";
    private static final String OVERSTATED = "产出指标/数量指标/维修改造供水工程数量";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void aBatchGoesFromDispatchToClosed() {
        ApiClient api = new ApiClient(base.toString());
        long batch = SelfEvaluationIT.createBatch(api, "现场复核 " + UUID.randomUUID());
        String at = BATCHES + "/" + batch;
        assertEquals(202, api.upload("bureau", at + "/forms", "application/json", forms()).status());
        SelfEvaluationIT.awaitChecked(api, batch);
        long agency = organisation(api, "山西天正会计师事务所");
        long conflicted = organisation(api, "晋中恒信会计师事务所");
        String due = LocalDate.now().plusDays(30).toString();

        ApiClient.Reply early = api.post("bureau", at + "/dispatch", dispatch(List.of(agency), due));
        assertEquals(409, early.status(), "no selection drawn yet: " + early.body());
        api.post("bureau", at + "/selection", Json.createObjectBuilder().add("largest", 3).add("share", 0).build());
        ApiClient.Reply onlyConflicted = api.post("bureau", at + "/dispatch", dispatch(List.of(conflicted), due));
        assertEquals(422, onlyConflicted.status(), onlyConflicted.body());
        assertEquals(List.of("agencies"), onlyConflicted.detailPaths(), "恒信 may not review 新能源汽车园's forms");
        assertEquals(422, api.post("bureau", at + "/dispatch", dispatch(List.of(agency), "2020-01-01")).status());
        assertEquals(404, api.post("evaluator", at + "/dispatch", dispatch(List.of(agency), due)).status(), "not its batch");

        ApiClient.Reply dispatched = api.post("bureau", at + "/dispatch", dispatch(List.of(agency, conflicted), due));
        assertEquals(200, dispatched.status(), dispatched.body());
        assertEquals("IN_REVIEW", dispatched.json().getString("status"));
        JsonArray assignments = api.get("bureau", at + "/assignments").json().getJsonArray("items");
        assertEquals(2, assignments.size());
        JsonObject tianzheng = byAgency(assignments, "山西天正会计师事务所");
        JsonObject hengxin = byAgency(assignments, "晋中恒信会计师事务所");
        assertEquals(2, tianzheng.getInt("forms"), "the department's two forms, to the agency free of conflict");
        assertEquals(1, hengxin.getInt("forms"));
        assertEquals(404, api.get("department", at).status(), "the department sees nothing before the results are out");
        assertEquals(409, api.upload("bureau", at + "/forms", "application/json", forms()).status(), "no forms once dispatched");

        // the agency sees its own forms only
        assertTrue(api.get("evaluator", BATCHES).json().getJsonArray("items").stream()
                .anyMatch(b -> b.asJsonObject().getJsonNumber("id").longValue() == batch));
        JsonArray mine = api.get("evaluator", at + "/forms").json().getJsonArray("items");
        assertEquals(2, mine.size());
        long hengxinForm = api.get("evaluator2", at + "/forms").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(404, api.get("evaluator", at + "/forms/" + hengxinForm).status());
        assertEquals(404, api.get("evaluator", at + "/departments").status());

        long tid = tianzheng.getJsonNumber("id").longValue();
        ApiClient.Reply tooSoon = api.post("evaluator", at + "/assignments/" + tid + "/submit", "");
        assertEquals(422, tooSoon.status(), tooSoon.body());
        assertEquals(List.of("forms"), tooSoon.detailPaths());

        long first = mine.getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject firstForm = api.get("evaluator", at + "/forms/" + first).json();
        JsonObject hengxinDetail = api.get("evaluator2", at + "/forms/" + hengxinForm).json();
        ApiClient.Reply partial = api.put("evaluator", at + "/forms/" + first + "/recheck", Json.createObjectBuilder()
                .add("indicators", Json.createArrayBuilder().add(recheck(firstForm, OVERSTATED, "10处", "12.5", "核实")
                        .getJsonArray("indicators").get(0))).build());
        assertEquals(List.of("indicators"), partial.detailPaths(), "every indicator is rechecked: " + partial.body());
        ApiClient.Reply noReason = api.put("evaluator", at + "/forms/" + first + "/recheck",
                recheck(firstForm, OVERSTATED, "10处", "10", null));
        assertEquals(422, noReason.status(), noReason.body());
        assertEquals(List.of("indicators[0].reason"), noReason.detailPaths());
        ApiClient.Reply aboveWeight = api.put("evaluator", at + "/forms/" + first + "/recheck",
                recheck(firstForm, OVERSTATED, "12处", "16", "现场核实"));
        assertEquals(List.of("indicators[0].reviewedScore"), aboveWeight.detailPaths());
        assertEquals(404, api.put("evaluator", at + "/forms/" + hengxinForm + "/recheck",
                recheck(firstForm, OVERSTATED, "12处", "15", "核实")).status());

        // evidence: uploaded by the agency, cited by its recheck, not citable by another agency
        ApiClient.Reply upload = api.uploadFile("evaluator", "POST", at + "/files", "验收单（10处）.pdf",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(EvidenceSamples.pdf()));
        assertEquals(201, upload.status(), upload.body());
        long fileId = upload.json().getJsonNumber("id").longValue();
        assertEquals("验收单（10处）.pdf", upload.json().getString("name"));
        assertEquals(422, api.uploadFile("evaluator", "POST", at + "/files", "程序.pdf",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray("MZ not a pdf".getBytes())).status());
        assertEquals(404, api.uploadFile("department", "POST", at + "/files", "x.pdf",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(EvidenceSamples.pdf())).status(),
                "a department is no party before the results are out");
        JsonObject cited = recheck(firstForm, OVERSTATED, "10处", "12.5", "现场核实完成10处，台账与验收单一致", fileId);
        ApiClient.Reply notTheirs = api.put("evaluator2", at + "/forms/" + hengxinForm + "/recheck",
                recheck(hengxinDetail, OVERSTATED, "12处", "15", "核实", fileId));
        assertEquals(List.of("indicators[0].evidence[0]"), notTheirs.detailPaths(), notTheirs.body());
        assertEquals(404, api.get("evaluator2", at + "/files/" + fileId).status());

        ApiClient.Reply rechecked = api.put("evaluator", at + "/forms/" + first + "/recheck", cited);
        assertEquals(200, rechecked.status(), rechecked.body());
        JsonObject ind = rechecked.json().getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("key").equals(OVERSTATED)).findFirst().orElseThrow();
        assertEquals("12.5", ind.getJsonNumber("reviewedScore").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals(fileId, ind.getJsonArray("evidence").getJsonNumber(0).longValue());
        assertEquals("山西天正会计师事务所", rechecked.json().getJsonObject("recheck").getString("agency"));
        assertTrue(rechecked.json().getJsonNumber("reviewedTotal").bigDecimalValue().signum() > 0);
        long second = mine.getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(200, api.put("evaluator", at + "/forms/" + second + "/recheck", agreed(api, "evaluator", at, second)).status());
        assertEquals(200, api.post("evaluator", at + "/assignments/" + tid + "/submit", "").status());
        assertEquals(409, api.put("evaluator", at + "/forms/" + second + "/recheck", agreed(api, "evaluator", at, second)).status(), "submitted");

        long hid = hengxin.getJsonNumber("id").longValue();
        assertEquals(200, api.put("evaluator2", at + "/forms/" + hengxinForm + "/recheck", agreed(hengxinDetail)).status());
        assertEquals(200, api.post("evaluator2", at + "/assignments/" + hid + "/submit", "").status());

        // the bureau returns one, with its reason, and approves the other
        ApiClient.Reply noWhy = api.post("bureau", at + "/assignments/" + tid + "/decision",
                Json.createObjectBuilder().add("approved", false).build());
        assertEquals(List.of("reason"), noWhy.detailPaths());
        assertEquals(404, api.post("evaluator", at + "/assignments/" + tid + "/decision",
                Json.createObjectBuilder().add("approved", true).build()).status(), "the bureau decides");
        JsonObject returned = api.post("bureau", at + "/assignments/" + tid + "/decision", Json.createObjectBuilder()
                .add("approved", false).add("reason", "请补充维修改造工程的验收单").build()).json();
        assertEquals("REVIEWING", returned.getString("status"));
        assertEquals(1, returned.getInt("returns"));
        assertEquals(200, api.post("bureau", at + "/assignments/" + hid + "/decision",
                Json.createObjectBuilder().add("approved", true).build()).status());
        assertEquals("IN_REVIEW", api.get("bureau", at).json().getString("status"), "one agency still reviews");
        assertEquals(200, api.put("evaluator", at + "/forms/" + second + "/recheck", agreed(api, "evaluator", at, second)).status(), "open again");
        assertEquals(200, api.post("evaluator", at + "/assignments/" + tid + "/submit", "").status());
        assertEquals(200, api.post("bureau", at + "/assignments/" + tid + "/decision",
                Json.createObjectBuilder().add("approved", true).build()).status());
        JsonObject answering = api.get("bureau", at).json();
        assertEquals("ANSWERING", answering.getString("status"));
        assertFalse(answering.getString("answerDueAt").isEmpty());

        // the department sees and answers its own reviewed forms
        assertTrue(api.get("department", BATCHES).json().getJsonArray("items").stream()
                .anyMatch(b -> b.asJsonObject().getJsonNumber("id").longValue() == batch));
        JsonArray own = api.get("department", at + "/forms").json().getJsonArray("items");
        assertEquals(2, own.size());
        own.forEach(f -> assertEquals(DEPARTMENT, f.asJsonObject().getString("department")));
        assertEquals(200, api.fetch("department", at + "/files/" + fileId).statusCode(), "the evidence of its form");
        assertEquals(200, api.fetch("bureau", at + "/files/" + fileId).statusCode());
        ApiClient.Reply answered = api.put("department", at + "/forms/" + first + "/answer",
                Json.createObjectBuilder().add("answer", "认可复核结论，将补齐验收资料").build());
        assertEquals(200, answered.status(), answered.body());
        assertEquals("认可复核结论，将补齐验收资料", answered.json().getString("answer"));
        assertEquals(404, api.put("department", at + "/forms/" + hengxinForm + "/answer",
                Json.createObjectBuilder().add("answer", "x").build()).status(), "not its form");
        assertEquals(List.of("answer"), api.put("department", at + "/forms/" + second + "/answer",
                Json.createObjectBuilder().add("answer", " ").build()).detailPaths());

        assertEquals(200, api.post("bureau", at + "/close", "").status());
        assertEquals("CLOSED", api.get("bureau", at).json().getString("status"));
        assertEquals(409, api.put("department", at + "/forms/" + second + "/answer",
                Json.createObjectBuilder().add("answer", "迟到的反馈").build()).status());
        assertEquals(409, api.post("bureau", at + "/close", "").status());
        outputs(api, at);
    }

    /** The working papers, the report, the dashboard and the budget advice of the closed batch. */
    private static void outputs(ApiClient api, String at) {
        ApiClient.Binary papers = api.download("bureau", at + "/workpapers", "*/*");
        assertEquals(200, papers.status());
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(papers.bytes()))) {
            var sheet = wb.getSheet("复核底稿");
            boolean found = false;
            var f = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : sheet) {
                String line = java.util.stream.StreamSupport.stream(row.spliterator(), false).map(f::formatCellValue)
                        .reduce("", (a, b) -> a + "|" + b);
                if (line.contains(OVERSTATED) && line.contains("12.50") && line.contains("现场核实完成10处")) {
                    found = true;
                }
            }
            assertTrue(found, "the rechecked indicator's row: reviewed score and reason");
            assertTrue(wb.getSheet("偏差") != null);
            assertTrue(wb.getSheet(DEPARTMENT) != null, "a sheet per department");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ApiClient.Binary word = api.download("bureau", at + "/report?format=docx", "*/*");
        assertEquals(200, word.status());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(word.bytes()));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all.contains("一、复核范围") && all.contains("五、意见建议"), all);
            assertTrue(all.contains("指标自评得分偏高") && all.contains("成本指标方向设置错误"), "flags by their Chinese names");
            assertTrue(all.contains("村级公益设施维护项目"), "the largest deviation");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ApiClient.Binary pdf = api.download("bureau", at + "/report?format=pdf", "*/*");
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.bytes(), 0, 4, StandardCharsets.US_ASCII));
        JsonObject dashboard = api.get("bureau", at + "/dashboard").json();
        assertEquals(3, dashboard.getJsonObject("totals").getInt("forms"));
        assertEquals(3, dashboard.getJsonObject("totals").getInt("onSite"));
        assertEquals(3, dashboard.getJsonArray("scatter").size());
        assertFalse(dashboard.getJsonArray("flagCounts").isEmpty());
        JsonObject advicePage = api.get("bureau", at + "/budget-advice").json();
        assertEquals(3, advicePage.getInt("total"));
        JsonArray advice = advicePage.getJsonArray("items");
        assertEquals(3, advice.size());
        advice.forEach(a -> assertFalse(a.asJsonObject().getString("text").isBlank()));
        assertEquals(404, api.download("evaluator", at + "/workpapers", "*/*").status());
        assertEquals(404, api.get("department", at + "/dashboard").status());
        assertEquals(422, api.download("bureau", at + "/report?format=rtf", "*/*").status());
    }

    @Test
    void theConflictRuleLooksAtTheImplementingUnitToo() {
        ApiClient api = new ApiClient(base.toString());
        long batch = SelfEvaluationIT.createBatch(api, "回避 " + UUID.randomUUID());
        String at = BATCHES + "/" + batch;
        JsonArray sample = Json.createReader(new StringReader(SelfEvaluationIT.resource("sample.json"))).readArray();
        JsonArrayBuilder forms = Json.createArrayBuilder();
        for (int i = 0; i < sample.size(); i++) {
            // the 主管部门 is no party of the demo directory; the first form's 实施单位 is the conflicted one
            forms.add(i == 0 ? Json.createObjectBuilder(sample.getJsonObject(i)).add("unit", DEPARTMENT)
                    : Json.createObjectBuilder(sample.getJsonObject(i)));
        }
        api.upload("bureau", at + "/forms", "application/json", Json.createObjectBuilder().add("forms", forms).build()
                .toString().getBytes(StandardCharsets.UTF_8));
        SelfEvaluationIT.awaitChecked(api, batch);
        api.post("bureau", at + "/selection", Json.createObjectBuilder().add("largest", 3).add("share", 0).build());
        String due = LocalDate.now().plusDays(30).toString();
        long conflicted = organisation(api, "晋中恒信会计师事务所");
        ApiClient.Reply refused = api.post("bureau", at + "/dispatch", dispatch(List.of(conflicted), due));
        assertEquals(List.of("agencies"), refused.detailPaths(), refused.body());
        assertEquals("CHECKED", api.get("bureau", at).json().getString("status"), "nothing dispatched");
    }

    /** The sample forms, the first two of the demo department (新能源汽车园), the third of another. */
    private static byte[] forms() {
        JsonArray sample = Json.createReader(new StringReader(SelfEvaluationIT.resource("sample.json"))).readArray();
        JsonArrayBuilder forms = Json.createArrayBuilder();
        for (int i = 0; i < sample.size(); i++) {
            JsonObject f = sample.getJsonObject(i);
            forms.add(i < 2 ? Json.createObjectBuilder(f).add("department", DEPARTMENT) : Json.createObjectBuilder(f));
        }
        return Json.createObjectBuilder().add("forms", forms).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject dispatch(List<Long> agencies, String due) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        agencies.forEach(a::add);
        return Json.createObjectBuilder().add("agencies", a).add("dueDate", due).add("answerDays", 10).build();
    }

    /**
     * A recheck of every indicator of the form: the one at {@code path} first, with these values, the
     * others as the unit printed them.
     */
    private static JsonObject recheck(JsonObject form, String path, String actual, String score, String reason,
                                      long... evidence) {
        var files = Json.createArrayBuilder();
        for (long f : evidence) {
            files.add(Json.createObjectBuilder().add("fileId", f));
        }
        var changed = Json.createObjectBuilder().add("path", path).add("reviewedActual", actual)
                .add("reviewedScore", new java.math.BigDecimal(score)).add("evidence", files);
        if (reason != null) {
            changed.add("reason", reason);
        }
        var all = Json.createArrayBuilder().add(changed);
        form.getJsonArray("indicators").stream().map(JsonValue::asJsonObject).filter(i -> !i.getString("key").equals(path))
                .forEach(i -> all.add(asPrinted(i)));
        return Json.createObjectBuilder().add("indicators", all).add("opinion", "复核意见").build();
    }

    /** A recheck that agrees with the unit on every indicator, with an opinion. */
    private static JsonObject agreed(JsonObject form) {
        var all = Json.createArrayBuilder();
        form.getJsonArray("indicators").forEach(i -> all.add(asPrinted(i.asJsonObject())));
        return Json.createObjectBuilder().add("indicators", all).add("opinion", "经核实，自评结果基本属实").build();
    }

    private static JsonObject agreed(ApiClient api, String user, String at, long formId) {
        return agreed(api.get(user, at + "/forms/" + formId).json());
    }

    private static JsonObject asPrinted(JsonObject indicator) {
        return Json.createObjectBuilder().add("path", indicator.getString("key"))
                .add("reviewedActual", indicator.getString("actual")).add("reviewedScore", indicator.getJsonNumber("printedScore"))
                .build();
    }

    private static long organisation(ApiClient api, String name) {
        return api.get("bureau", "/api/organisations").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static JsonObject byAgency(JsonArray assignments, String agency) {
        return assignments.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("agency").equals(agency))
                .findFirst().orElseThrow();
    }
}
