package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
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
 * Evidence files (佐证材料) through the API on Payara Micro, with the limits the integration tests
 * run with (8 MB a file, 20 MB an evaluation): uploads kept byte for byte with their hash and
 * Chinese names, files right at the limits and just over them, refusals by content, access by
 * role and organisation, replacing and deleting before submission and not after, and citing files
 * from task payloads.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceFilesIT {

    private static final String AGENCY = "山西天正会计师事务所";
    private static final int LIMIT = 8 * 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")));
    }

    @ArquillianResource
    URL base;

    private long commission(ApiClient api) {
        return api.commission("佐证材料测试 " + UUID.randomUUID().toString().substring(0, 8), AGENCY,
                LocalDate.now().plusDays(45).toString());
    }

    @Test
    void uploadedFilesComeBackByteForByteWithTheirHashAndName() {
        ApiClient api = new ApiClient(base.toString());
        long id = commission(api);
        byte[] pdf = EvidenceSamples.pdf();
        String name = "预算管理办法（2022）.pdf";

        ApiClient.Reply up = api.uploadFile("department", id, name, pdf);
        assertEquals(201, up.status(), up.body());
        JsonObject f = up.json();
        assertEquals(name, f.getString("name"), "the Chinese name as given");
        assertEquals(pdf.length, f.getJsonNumber("size").longValue());
        assertEquals(EvidenceSamples.sha256(pdf), f.getString("sha256"));
        assertEquals("application/pdf", f.getString("contentType"));
        assertEquals("department", f.getString("uploadedBy"));
        assertFalse(f.getBoolean("submitted"));
        assertTrue(f.getBoolean("deletable"));
        long fileId = f.getJsonNumber("id").longValue();

        HttpResponse<byte[]> down = api.fetch("bureau", "/api/files/" + fileId);
        assertEquals(200, down.statusCode());
        assertArrayEquals(pdf, down.body());
        assertEquals("application/pdf", down.headers().firstValue("Content-Type").orElseThrow());
        String disposition = down.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("inline;"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8)), disposition);
        assertTrue(api.fetch("bureau", "/api/files/" + fileId + "?download=true").headers()
                .firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));

        byte[] docx = EvidenceSamples.docx();
        ApiClient.Reply word = api.uploadFile("evaluator", id, "会议纪要.docx", docx);
        assertEquals(201, word.status(), word.body());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                word.json().getString("contentType"));
        HttpResponse<byte[]> wordDown = api.fetch("department", "/api/files/" + word.json().getJsonNumber("id"));
        assertArrayEquals(docx, wordDown.body());
        assertTrue(wordDown.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"),
                "Word downloads");

        JsonObject list = api.get("evaluator", "/api/evaluations/" + id + "/files").json();
        assertEquals(List.of(name, "会议纪要.docx"), list.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("name")).toList());
        assertEquals(pdf.length + docx.length, list.getJsonObject("limits").getJsonNumber("usedBytes").longValue());
        assertFalse(list.getJsonArray("items").getJsonObject(0).getBoolean("deletable"), "only the uploader may delete");

        // the audit trail records each upload with its hash
        JsonObject audited = api.get("bureau", "/api/evaluations/" + id + "/audit?size=500").json().getJsonArray("items")
                .stream().map(JsonObject.class::cast).filter(a -> a.getString("action").equals("uploadEvidence")
                        && a.getString("actor").equals("department")).findFirst().orElseThrow();
        assertTrue(audited.get("after").toString().contains(EvidenceSamples.sha256(pdf)), audited.toString());

        // the same file again, under another name: a second record, the same content
        ApiClient.Reply again = api.uploadFile("evaluator", id, "预算管理办法-副本.pdf", pdf);
        assertEquals(201, again.status(), again.body());
        assertEquals(f.getString("sha256"), again.json().getString("sha256"));
        assertArrayEquals(pdf, api.fetch("department", "/api/files/" + again.json().getJsonNumber("id")).body());
    }

    @Test
    void filesUpToTheLimitsAreKeptAndBeyondThemRefusedWith413() {
        ApiClient api = new ApiClient(base.toString());
        long id = commission(api);
        byte[] atLimit = EvidenceSamples.pdfOfSize(LIMIT, 1);
        ApiClient.Reply up = api.uploadFile("department", id, "决算报表.pdf", atLimit);
        assertEquals(201, up.status(), up.body());
        assertArrayEquals(atLimit, api.fetch("evaluator", "/api/files/" + up.json().getJsonNumber("id")).body());

        ApiClient.Reply tooLarge = api.uploadFile("department", id, "决算报表-大.pdf", EvidenceSamples.pdfOfSize(LIMIT + 1, 2));
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertTrue(tooLarge.body().contains("决算报表-大.pdf") || tooLarge.body().contains("8 MB"), tooLarge.body());

        // 20 MB an evaluation: a second file at the limit fits, a third does not
        assertEquals(201, api.uploadFile("department", id, "凭证一.pdf", EvidenceSamples.pdfOfSize(LIMIT, 3)).status());
        ApiClient.Reply over = api.uploadFile("department", id, "凭证二.pdf", EvidenceSamples.pdfOfSize(LIMIT, 4));
        assertEquals(413, over.status(), over.body());
        assertTrue(over.body().contains("总上限"), over.body());
        assertEquals(2, api.get("department", "/api/evaluations/" + id + "/files").json().getJsonArray("items").size(),
                "nothing of the refused uploads is kept");
    }

    @Test
    void whatIsNotEvidenceIsRefusedByItsContentNamingTheFile() {
        ApiClient api = new ApiClient(base.toString());
        long id = commission(api);
        assertRefused(api.uploadFile("department", id, "报告.pdf", EvidenceSamples.executable()), "报告.pdf");
        assertRefused(api.uploadFile("department", id, "现场照片.pdf", EvidenceSamples.png()), "现场照片.pdf");
        assertRefused(api.uploadFile("department", id, "空文件.pdf", new byte[0]), "空文件.pdf");
        ApiClient.Reply bomb = api.uploadFile("department", id, "材料汇编.zip", EvidenceSamples.zipBomb());
        assertRefused(bomb, "材料汇编.zip");
        assertTrue(bomb.body().contains("压缩炸弹"), bomb.body());
        assertEquals(0, api.get("department", "/api/evaluations/" + id + "/files").json().getJsonArray("items").size());
        // a PNG named as a PNG is welcome
        assertEquals(201, api.uploadFile("department", id, "现场照片.png", EvidenceSamples.png()).status());
    }

    private static void assertRefused(ApiClient.Reply reply, String fileName) {
        assertEquals(422, reply.status(), reply.body());
        assertEquals(List.of("file"), reply.detailPaths(), reply.body());
        assertTrue(reply.body().contains(fileName), reply.body());
    }

    @Test
    void onlyThoseWhoMaySeeTheEvaluationSeeItsFiles() {
        ApiClient api = new ApiClient(base.toString());
        long id = commission(api);
        long fileId = api.uploadFile("department", id, "佐证.pdf", EvidenceSamples.pdf()).json().getJsonNumber("id").longValue();
        for (String user : List.of("department", "evaluator", "bureau", "admin")) {
            assertEquals(200, api.fetch(user, "/api/files/" + fileId).statusCode(), user);
            assertEquals(200, api.get(user, "/api/evaluations/" + id + "/files").status(), user);
        }
        // another agency's evaluator: the evaluation and its files do not exist for it
        assertEquals(404, api.fetch("evaluator2", "/api/files/" + fileId).statusCode());
        assertEquals(404, api.get("evaluator2", "/api/evaluations/" + id + "/files").status());
        assertEquals(404, api.uploadFile("evaluator2", id, "佐证.pdf", EvidenceSamples.pdf()).status());
        assertEquals(404, api.delete("evaluator2", "/api/files/" + fileId).status());
        assertEquals(401, api.fetch("nobody:wrong", "/api/files/" + fileId).statusCode());
        assertEquals(404, api.fetch("department", "/api/files/99999999").statusCode());
    }

    @Test
    void aWrongUploadIsReplacedOrDeletedUntilATaskCitesIt() {
        ApiClient api = new ApiClient(base.toString());
        JsonObject seed = ApiClient.seedCase();
        long id = commission(api);
        api.complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        api.complete("evaluator", id, "setTargets", Json.createObjectBuilder().add("indicators", ApiClient.targetsOf(seed)).build());

        long wrong = api.uploadFile("department", id, "错误的文件.pdf", EvidenceSamples.pdf()).json().getJsonNumber("id").longValue();
        assertEquals(403, api.delete("evaluator", "/api/files/" + wrong).status(), "not the uploader");
        assertEquals(204, api.delete("department", "/api/files/" + wrong).status());
        assertEquals(404, api.fetch("department", "/api/files/" + wrong).statusCode());

        byte[] first = EvidenceSamples.pdfOfSize(4096, 11);
        long fileId = api.uploadFile("department", id, "决算表.pdf", first).json().getJsonNumber("id").longValue();
        byte[] right = EvidenceSamples.docx();
        ApiClient.Reply replaced = api.uploadFile("department", "PUT", "/api/files/" + fileId, "2022年决算表说明.docx",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(right));
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("2022年决算表说明.docx", replaced.json().getString("name"));
        assertArrayEquals(right, api.fetch("bureau", "/api/files/" + fileId).body());

        // cited by the submitted data: part of a submitted step from now on
        JsonObject after = api.complete("department", id, "submitData", Json.createObjectBuilder()
                .add("funds", seed.getJsonObject("funds"))
                .add("evidence", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fileId", fileId))).build());
        JsonObject cited = after.getJsonArray("evidence").getJsonObject(0);
        assertEquals(fileId, cited.getJsonNumber("fileId").longValue());
        assertEquals("2022年决算表说明.docx", cited.getString("name"));
        assertEquals(409, api.delete("department", "/api/files/" + fileId).status());
        assertEquals(409, api.uploadFile("department", "PUT", "/api/files/" + fileId, "x.pdf",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(EvidenceSamples.pdf())).status());
        JsonObject listed = api.get("department", "/api/evaluations/" + id + "/files").json().getJsonArray("items").getJsonObject(0);
        assertTrue(listed.getBoolean("submitted"));
        assertFalse(listed.getBoolean("deletable"));
    }

    @Test
    void indicatorsCiteFilesAndTheEvaluationShowsItsEvidenceCompleteness() {
        ApiClient api = new ApiClient(base.toString());
        JsonObject seed = ApiClient.seedCase();
        long id = commission(api);
        api.complete("evaluator", id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        api.complete("evaluator", id, "setTargets", Json.createObjectBuilder().add("indicators", ApiClient.targetsOf(seed)).build());

        // a file of another evaluation cannot be cited
        long other = commission(api);
        long foreign = api.uploadFile("department", other, "别处的文件.pdf", EvidenceSamples.pdf()).json().getJsonNumber("id").longValue();
        String task = api.task("department", id, "submitData");
        ApiClient.Reply refused = api.post("department", "/api/tasks/" + task + "/complete", Json.createObjectBuilder()
                .add("funds", seed.getJsonObject("funds"))
                .add("evidence", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fileId", foreign))).build());
        assertEquals(422, refused.status(), refused.body());
        assertEquals(List.of("evidence[0].fileId"), refused.detailPaths());
        api.complete("department", id, "submitData", Json.createObjectBuilder().add("funds", seed.getJsonObject("funds")).build());

        long minutes = api.uploadFile("evaluator", id, "党组会议纪要.pdf", EvidenceSamples.pdf()).json().getJsonNumber("id").longValue();
        var actuals = ApiClient.actualsOf(seed);
        var first = actuals.getJsonObject(0);
        var withEvidence = Json.createArrayBuilder();
        withEvidence.add(Json.createObjectBuilder(first).add("evidence",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("fileId", minutes))));
        for (int i = 1; i < actuals.size(); i++) {
            withEvidence.add(actuals.get(i));
        }
        api.complete("evaluator", id, "collectData", Json.createObjectBuilder()
                .add("actuals", withEvidence).add("checklist", seed.getJsonObject("checklist")).build());

        var scores = ApiClient.scoresOf(seed);
        var scoresWithEvidence = Json.createArrayBuilder(scores);
        var judged = scores.getJsonObject(0);
        scoresWithEvidence.add(Json.createObjectBuilder().add("path", judged.getJsonArray("path")).add("evidence",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("fileId", minutes))));
        JsonObject scored = api.complete("evaluator", id, "score", Json.createObjectBuilder().add("scores", scoresWithEvidence).build());

        JsonObject completeness = scored.getJsonObject("evidenceCompleteness");
        int all = completeness.getInt("scored");
        assertEquals(ApiClient.targetsOf(seed).size(), all);
        int expected = first.getJsonArray("path").equals(judged.getJsonArray("path")) ? 1 : 2;
        assertEquals(expected, completeness.getInt("withEvidence"), completeness.toString());
        assertEquals(all - expected, completeness.getJsonArray("missing").size());
        assertTrue(completeness.getJsonNumber("weightRatio").doubleValue() > 0, completeness.toString());
        assertEquals(expected, scored.getJsonArray("indicatorEvidence").size());
        assertEquals("党组会议纪要.pdf", scored.getJsonArray("indicatorEvidence").getJsonObject(0).getJsonArray("evidence")
                .getJsonObject(0).getString("name"));
        assertEquals(85.5, scored.getJsonNumber("total").doubleValue(), 0.0001, "evidence changes no score");
    }
}
