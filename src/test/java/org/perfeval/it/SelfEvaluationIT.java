package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The self-evaluation review's desk review through the API on Payara Micro: the three sample forms
 * give exactly forms/sample-expected.json from JSON and from Excel, lists filter by flag and
 * department and page, departments are summed up, and bad input and other roles are refused.
 */
@ExtendWith(ArquillianExtension.class)
class SelfEvaluationIT {

    private static final String BATCHES = "/api/self-evaluation/batches";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")));
    }

    @ArquillianResource
    URL base;

    static long createBatch(ApiClient api, String name) {
        ApiClient.Reply r = api.post("bureau", BATCHES, Json.createObjectBuilder().add("year", 2023).add("name", name).build());
        assertEquals(201, r.status(), r.body());
        assertEquals("OPEN", r.json().getString("status"));
        return r.json().getJsonNumber("id").longValue();
    }

    /** Polls the batch until it is checked; the figures then. */
    static JsonObject awaitChecked(ApiClient api, long batch) {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            JsonObject b = api.get("bureau", BATCHES + "/" + batch).json();
            if (b.getString("status").equals("CHECKED")) {
                return b;
            }
            sleep(200);
        }
        throw new AssertionError("batch " + batch + " not checked in 120 s");
    }

    @Test
    void theSampleFormsGiveTheExpectedFindingsFromJson() {
        ApiClient api = new ApiClient(base.toString());
        long batch = createBatch(api, "2023年度自评复核 JSON " + UUID.randomUUID());
        ApiClient.Reply up = api.upload("bureau", BATCHES + "/" + batch + "/forms", "application/json",
                ("{\"forms\": " + resource("sample.json") + "}").getBytes(StandardCharsets.UTF_8));
        assertEquals(202, up.status(), up.body());
        assertEquals(3, up.json().getInt("accepted"));
        JsonObject b = awaitChecked(api, batch);
        assertEquals(3, b.getInt("total"));
        assertEquals(3, b.getInt("processed"));
        assertEquals(0, b.getInt("failed"));
        assertEquals(2, b.getInt("flagged"));
        assertExpected(api, batch);
    }

    @Test
    void theSampleWorkbookGivesTheSameFindings() {
        ApiClient api = new ApiClient(base.toString());
        long batch = createBatch(api, "2023年度自评复核 Excel " + UUID.randomUUID());
        ApiClient.Reply up = api.upload("bureau", BATCHES + "/" + batch + "/forms",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes("sample.xlsx"));
        assertEquals(202, up.status(), up.body());
        assertEquals(3, up.json().getInt("accepted"));
        assertEquals(3, awaitChecked(api, batch).getInt("processed"));
        assertExpected(api, batch);

        // and as a browser sends it, a part named file
        ApiClient.Reply part = api.uploadFile("bureau", "POST", BATCHES + "/" + batch + "/forms", "sample.xlsx",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes("sample.xlsx")));
        assertEquals(202, part.status(), part.body());
        JsonObject again = awaitChecked(api, batch);
        assertEquals(6, again.getInt("total"));
        assertEquals(6, again.getInt("processed"));
    }

    private static void assertExpected(ApiClient api, long batch) {
        JsonArray expected = Json.createReader(new StringReader(resource("sample-expected.json"))).readArray();
        JsonArray items = api.get("bureau", BATCHES + "/" + batch + "/forms?size=10").json().getJsonArray("items");
        assertEquals(expected.size(), items.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonObject want = expected.getJsonObject(i);
            JsonObject got = items.getJsonObject(i);
            assertEquals(want.getString("project"), got.getString("project"));
            assertNumber(want, got, "executionRate");
            assertNumber(want, got, "recomputedTotal");
            assertNumber(want, got, "deviation");
            assertEquals(codesAndPaths(want.getJsonArray("flags")), codesAndPaths(got.getJsonArray("flags")),
                    want.getString("project"));
            for (JsonValue f : got.getJsonArray("flags")) {
                JsonObject flag = f.asJsonObject();
                assertTrue(List.of("error", "warning").contains(flag.getString("severity")), flag.toString());
                assertFalse(flag.getString("message").isBlank(), flag.toString());
            }
        }
    }

    @Test
    void listsFilterByFlagAndDepartmentAndPage() {
        ApiClient api = new ApiClient(base.toString());
        long batch = createBatch(api, "筛选 " + UUID.randomUUID());
        api.upload("bureau", BATCHES + "/" + batch + "/forms", "application/json",
                resource("sample.json").getBytes(StandardCharsets.UTF_8));
        awaitChecked(api, batch);
        String forms = BATCHES + "/" + batch + "/forms";
        JsonObject overstated = api.get("bureau", forms + "?flag=SCORE_OVERSTATED").json();
        assertEquals(2, overstated.getInt("total"));
        JsonObject cost = api.get("bureau", forms + "?flag=COST_TARGET_DIRECTION").json();
        assertEquals(1, cost.getInt("total"));
        assertEquals("农田水利设施管护项目", cost.getJsonArray("items").getJsonObject(0).getString("project"));
        JsonObject paged = api.get("bureau", forms + "?page=1&size=2").json();
        assertEquals(3, paged.getInt("total"));
        assertEquals(1, paged.getJsonArray("items").size());

        String department = cost.getJsonArray("items").getJsonObject(0).getString("department");
        JsonObject ofDepartment = api.get("bureau", forms + "?department="
                + URLEncoder.encode(department, StandardCharsets.UTF_8)).json();
        assertTrue(ofDepartment.getInt("total") >= 1);
        ofDepartment.getJsonArray("items").forEach(f -> assertEquals(department, f.asJsonObject().getString("department")));

        long formId = cost.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject detail = api.get("bureau", forms + "/" + formId).json();
        JsonArray indicators = detail.getJsonArray("indicators");
        assertFalse(indicators.isEmpty());
        JsonObject costIndicator = indicators.stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("key").equals("产出指标/成本指标/单处工程平均成本")).findFirst().orElseThrow();
        assertEquals(List.of("COST_TARGET_DIRECTION", "SCORE_OVERSTATED"), costIndicator.getJsonArray("flags").stream()
                .map(f -> f.asJsonObject().getString("code")).sorted().toList());

        JsonObject draft = api.get("bureau", BATCHES + "/" + batch + "/commission-draft?formId=" + formId).json();
        assertEquals("农田水利设施管护项目2023年度项目支出绩效评价", draft.getString("title"));
        assertEquals("PROJECT", draft.getString("kind"));
        assertEquals(department, draft.getJsonObject("subject").getString("name"));
        assertFalse(draft.getBoolean("subjectKnown"), "the sample's department is not in the demo directory");
        assertTrue(draft.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(r -> r.getString().contains("成本指标")), draft.toString());
        JsonObject ofDepartment2 = api.get("bureau", BATCHES + "/" + batch + "/commission-draft?department="
                + URLEncoder.encode(department, StandardCharsets.UTF_8)).json();
        assertEquals("DEPARTMENT", ofDepartment2.getString("kind"));
        assertEquals(422, api.get("bureau", BATCHES + "/" + batch + "/commission-draft").status());
        assertEquals(404, api.get("admin", BATCHES + "/" + batch + "/commission-draft?formId=" + formId).status(),
                "only the batch's bureau commissions");

        JsonArray departments = api.get("bureau", BATCHES + "/" + batch + "/departments").json().getJsonArray("items");
        int forms3 = departments.stream().mapToInt(d -> d.asJsonObject().getInt("forms")).sum();
        assertEquals(3, forms3);
    }

    @Test
    void theBureauDrawsTheOnSiteSelectionReproduciblyAndAdjustsIt() {
        ApiClient api = new ApiClient(base.toString());
        long batch = createBatch(api, "抽样 " + UUID.randomUUID());
        String at = BATCHES + "/" + batch;
        api.upload("bureau", at + "/forms", "application/json", resource("sample.json").getBytes(StandardCharsets.UTF_8));
        awaitChecked(api, batch);

        ApiClient.Reply errorsOnly = api.post("bureau", at + "/selection", Json.createObjectBuilder().add("largest", 0)
                .add("share", 0).add("seed", 7).build());
        assertEquals(200, errorsOnly.status(), errorsOnly.body());
        JsonObject sampling = errorsOnly.json().getJsonObject("sampling");
        assertEquals(2, sampling.getInt("withErrors"), "the two forms with error flags");
        assertEquals(7, sampling.getJsonNumber("seed").longValue());
        assertEquals(2, sampling.getInt("selected"));
        JsonArray selected = api.get("bureau", at + "/forms?selected=true").json().getJsonArray("items");
        assertEquals(List.of("ERRORS", "ERRORS"), selected.stream().map(f -> f.asJsonObject().getString("selectionReason")).toList());

        JsonObject all = api.post("bureau", at + "/selection", Json.createObjectBuilder().add("largest", 1).add("share", 0)
                .build()).json();
        assertEquals(3, all.getJsonObject("sampling").getInt("selected"), "a new draw replaces the last");
        long drawn = all.getJsonObject("sampling").getJsonNumber("seed").longValue();
        assertTrue(drawn >= 0 && drawn < 1_000_000_000_000L, "a seed is drawn and recorded: " + drawn);
        ApiClient.Reply repeated = api.post("bureau", at + "/selection", Json.createObjectBuilder().add("largest", 1)
                .add("share", 0).add("seed", drawn).build());
        assertEquals(200, repeated.status(), "a drawn seed is taken back: " + repeated.body());
        assertEquals(drawn, repeated.json().getJsonObject("sampling").getJsonNumber("seed").longValue());

        long first = selected.getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject adjusted = api.post("bureau", at + "/selection/adjust", Json.createObjectBuilder()
                .add("remove", Json.createArrayBuilder().add(first)).build()).json();
        assertEquals(2, adjusted.getJsonObject("sampling").getInt("selected"));
        assertEquals(1, adjusted.getJsonObject("sampling").getInt("removed"));
        ApiClient.Reply unknown = api.post("bureau", at + "/selection/adjust", Json.createObjectBuilder()
                .add("add", Json.createArrayBuilder().add(999999999L)).build());
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals(List.of("add[0]"), unknown.detailPaths());
        ApiClient.Reply badShare = api.post("bureau", at + "/selection", Json.createObjectBuilder().add("share", 150).build());
        assertEquals(422, badShare.status());
        assertEquals(List.of("share"), badShare.detailPaths());
        assertEquals(404, api.post("department", at + "/selection", Json.createObjectBuilder().build()).status());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndOthersSeeNothing() {
        ApiClient api = new ApiClient(base.toString());
        ApiClient.Reply noYear = api.post("bureau", BATCHES, Json.createObjectBuilder().add("name", "x").build());
        assertEquals(422, noYear.status(), noYear.body());
        assertEquals(List.of("year"), noYear.detailPaths());
        ApiClient.Reply badRule = api.post("bureau", BATCHES, Json.createObjectBuilder().add("year", 2023).add("name", "x")
                .add("rules", Json.createObjectBuilder().add("atMost", "HALF")).build());
        assertEquals(422, badRule.status(), badRule.body());
        assertEquals(List.of("rules.atMost"), badRule.detailPaths());

        long batch = createBatch(api, "坏输入 " + UUID.randomUUID());
        String forms = BATCHES + "/" + batch + "/forms";
        ApiClient.Reply notExcel = api.upload("bureau", forms, "application/octet-stream", "not a workbook".getBytes());
        assertEquals(422, notExcel.status(), notExcel.body());
        assertEquals(List.of("file"), notExcel.detailPaths());
        ApiClient.Reply brokenJson = api.upload("bureau", forms, "application/json", "{\"forms\": [".getBytes());
        assertEquals(422, brokenJson.status(), brokenJson.body());
        assertEquals(List.of("forms"), brokenJson.detailPaths());
        assertEquals("OPEN", api.get("bureau", BATCHES + "/" + batch).json().getString("status"), "nothing half-written");

        // a form with problems is listed with them, the rest are checked
        String mixed = "{\"forms\": [{\"year\": 2023, \"project\": \"缺资金\", \"department\": \"某局\"}, "
                + resource("sample.json").strip().substring(1) + "}";
        assertEquals(202, api.upload("bureau", forms, "application/json", mixed.getBytes(StandardCharsets.UTF_8)).status());
        JsonObject b = awaitChecked(api, batch);
        assertEquals(4, b.getInt("processed"));
        assertEquals(1, b.getInt("failed"));
        JsonObject unreadable = api.get("bureau", forms + "?readable=false").json().getJsonArray("items").getJsonObject(0);
        assertTrue(unreadable.getJsonArray("errors").stream().anyMatch(e -> e.asJsonObject().getString("cell")
                .equals("forms[0].funds")), unreadable.toString());

        assertEquals(422, api.get("bureau", forms + "?flag=NO_SUCH").status());
        assertEquals(422, api.get("bureau", forms + "?size=0").status());
        assertEquals(404, api.get("bureau", BATCHES + "/999999999").status());
        assertEquals(404, api.get("department", BATCHES + "/" + batch).status(), "not a party to it");
        assertEquals(404, api.get("evaluator", forms).status(), "no agency before dispatch");
        assertEquals(200, api.get("admin", BATCHES + "/" + batch).status(), "the administrator reads");
        assertEquals(403, api.post("admin", BATCHES, Json.createObjectBuilder().add("year", 2023).add("name", "x").build())
                .status(), "but opens none");
    }

    private static List<String> codesAndPaths(JsonArray flags) {
        List<String> out = new ArrayList<>();
        flags.forEach(f -> out.add(f.asJsonObject().getString("code") + " " + f.asJsonObject().getString("path")));
        return out.stream().sorted().toList();
    }

    private static void assertNumber(JsonObject want, JsonObject got, String key) {
        assertEquals(0, want.getJsonNumber(key).bigDecimalValue().compareTo(got.getJsonNumber(key).bigDecimalValue()),
                key + ": " + want.get(key) + " vs " + got.get(key));
    }

    static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = SelfEvaluationIT.class.getResourceAsStream("/forms/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
