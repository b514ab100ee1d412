package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bureau sets PerfEval up for itself (issue 10): organisations and accounts through the admin
 * API, commissioning by directory id, conflicts of interest, disabled accounts, password resets
 * with the forced change, the last-admin rule, and the audit trail of all of it, over HTTP on
 * Payara Micro.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String STRONG = "Jinzhong#2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")));
    }

    @ArquillianResource
    URL base;

    private ApiClient api() {
        return new ApiClient(base.toString());
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    /** A fresh 预算单位编码 of some digits, so that runs on the same database do not collide. */
    private static String budgetCode(String prefix) {
        return prefix + String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** A fresh 统一社会信用代码 with its check character (GB 32100-2015). */
    static String creditCode() {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        StringBuilder code = new StringBuilder("9114");
        while (code.length() < 17) {
            code.append(chars.charAt(RANDOM.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(code.charAt(i)) * weights[i];
        }
        return code.append(chars.charAt((31 - sum % 31) % 31)).toString();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private long organisation(String name, String type, String code, Long parentId) {
        var body = Json.createObjectBuilder().add("name", name).add("type", type);
        if (code != null) {
            body.add("code", code);
        }
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        ApiClient.Reply r = api().post("admin", "/api/admin/organisations", body.build());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private String user(String role, long organisationId) {
        String username = unique(role.toLowerCase() + "-");
        ApiClient.Reply r = api().post("admin", "/api/admin/users", Json.createObjectBuilder().add("username", username)
                .add("password", STRONG).add("role", role).add("organisationId", organisationId).build());
        assertEquals(201, r.status(), r.body());
        return username + ":" + STRONG;
    }

    private static String commissionBody(String title, JsonObject subject, JsonObject agency) {
        return Json.createObjectBuilder().add("title", title).add("year", 2024).add("kind", "PROJECT")
                .add("subject", subject).add("agency", agency)
                .add("dueDate", LocalDate.now().plusDays(30).toString()).build().toString();
    }

    private static JsonObject byId(long id) {
        return Json.createObjectBuilder().add("id", id).build();
    }

    @Test
    void aBureauRunsAnEvaluationBetweenOrganisationsItAddedItself() {
        String parentCode = budgetCode("101");
        long parent = organisation(unique("晋中市教育局"), "DEPARTMENT", parentCode, null);
        String schoolCode = budgetCode(parentCode);
        long school = organisation(unique("晋中市第一中学"), "DEPARTMENT", schoolCode, parent);
        long agency = organisation(unique("山西诚信会计师事务所"), "AGENCY", creditCode(), null);
        String bureau = user("BUREAU", 1);
        String evaluator = user("EVALUATOR", agency);
        String clerk = user("DEPARTMENT", school);

        ApiClient.Reply listed = api().get("admin", "/api/admin/organisations");
        JsonObject entry = listed.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(o -> o.getJsonNumber("id").longValue() == school).findFirst().orElseThrow();
        assertEquals(parent, entry.getJsonNumber("parentId").longValue());
        assertEquals(schoolCode, entry.getString("code"));

        List<Long> offered = api().get(bureau, "/api/organisations").json().getJsonArray("items").stream()
                .map(o -> ((JsonObject) o).getJsonNumber("id").longValue()).toList();
        assertTrue(offered.containsAll(List.of(parent, school, agency)), "the commission form offers the new entries");
        assertEquals(403, api().get(clerk, "/api/organisations").status());
        ApiClient.Reply commissioned = api().post(bureau, "/api/evaluations",
                commissionBody(unique("2024年校舍维修项目 "), byId(school), byId(agency)));
        assertEquals(201, commissioned.status(), commissioned.body());
        long id = commissioned.json().getJsonNumber("id").longValue();
        api().complete(evaluator, id, "accept", Json.createObjectBuilder().add("accepted", true).build());
        assertEquals(200, api().get(clerk, "/api/evaluations/" + id).status(), "the department sees its own evaluation");
        assertEquals(404, api().get("department", "/api/evaluations/" + id).status(), "another department does not");

        // the bureau that commissioned it reads its audit trail; the agency and the department do not
        ApiClient.Reply audit = api().get(bureau, "/api/evaluations/" + id + "/audit");
        assertEquals(200, audit.status(), audit.body());
        List<String> actions = audit.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("action")).toList();
        assertEquals("commission", actions.get(0));
        assertTrue(actions.contains("accept"), actions.toString());
        assertTrue(actions.contains("status"), actions.toString());
        JsonObject first = audit.json().getJsonArray("items").getJsonObject(0);
        assertEquals(bureau.split(":")[0], first.getString("actor"));
        assertNotNull(first.getString("address"));
        assertTrue(first.getJsonObject("before").isEmpty());
        assertEquals("2024", first.getJsonObject("after").getString("year"));
        assertEquals(403, api().get(evaluator, "/api/evaluations/" + id + "/audit").status());
        assertEquals(403, api().get(clerk, "/api/evaluations/" + id + "/audit").status());
        assertEquals(404, api().get("bureau", "/api/evaluations/999999/audit").status());
    }

    @Test
    void directoryEntriesAreCheckedAndNamesAreUnique() {
        String name = unique("晋中市财政局直属单位");
        organisation(name, "DEPARTMENT", null, null);
        ApiClient.Reply again = api().post("admin", "/api/admin/organisations",
                Json.createObjectBuilder().add("name", name).add("type", "DEPARTMENT").build());
        assertEquals(409, again.status(), again.body());

        ApiClient.Reply bad = api().post("admin", "/api/admin/organisations", Json.createObjectBuilder()
                .add("name", unique("某机构")).add("type", "AGENCY").add("code", "91110108551385082X").add("parentId", 1).build());
        assertEquals(422, bad.status(), bad.body());
        assertEquals(Set.of("code", "parentId"), Set.copyOf(bad.detailPaths()));
        String code = creditCode();
        organisation(unique("某评价机构"), "AGENCY", code, null);
        ApiClient.Reply sameCode = api().post("admin", "/api/admin/organisations", Json.createObjectBuilder()
                .add("name", unique("另一评价机构")).add("type", "AGENCY").add("code", code).build());
        assertEquals(List.of("code"), sameCode.detailPaths(), "a credit code names one organisation");
        ApiClient.Reply badType = api().post("admin", "/api/admin/organisations",
                Json.createObjectBuilder().add("name", "x").add("type", "CLUB").build());
        assertEquals(List.of("type"), badType.detailPaths());

        // edits keep the type, and 主管部门 never form a cycle
        String nameA = unique("晋中市甲局");
        String nameB = unique("晋中市乙站");
        long a = organisation(nameA, "DEPARTMENT", null, null);
        long b = organisation(nameB, "DEPARTMENT", null, a);
        ApiClient.Reply cycle = api().put("admin", "/api/admin/organisations/" + a,
                Json.createObjectBuilder().add("name", nameA).add("parentId", b).build());
        assertEquals(List.of("parentId"), cycle.detailPaths(), cycle.body());
        ApiClient.Reply renamed = api().put("admin", "/api/admin/organisations/" + b,
                Json.createObjectBuilder().add("name", nameB + "（更名）").add("parentId", a).build());
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(nameB + "（更名）", renamed.json().getString("name"));
        ApiClient.Reply retyped = api().put("admin", "/api/admin/organisations/" + b,
                Json.createObjectBuilder().add("name", nameB).add("type", "AGENCY").build());
        assertEquals(List.of("type"), retyped.detailPaths());

        for (String role : List.of("bureau", "evaluator", "department")) {
            assertEquals(403, api().get(role, "/api/admin/organisations").status(), role);
            assertEquals(403, api().post(role, "/api/admin/organisations",
                    Json.createObjectBuilder().add("name", unique("x")).add("type", "DEPARTMENT").build()).status(), role);
            assertEquals(403, api().get(role, "/api/admin/audit").status(), role);
        }
    }

    @Test
    void conflictsOfInterestAndInactiveOrganisationsCannotBeCommissioned() {
        long department = organisation(unique("晋中市卫生健康委员会"), "DEPARTMENT", null, null);
        String agencyName = unique("晋中审计事务所");
        long agency = organisation(agencyName, "AGENCY", null, null);
        ApiClient.Reply conflict = api().post("admin", "/api/admin/conflicts", Json.createObjectBuilder()
                .add("agencyId", agency).add("departmentId", department).add("reason", "承担该单位年度审计").build());
        assertEquals(201, conflict.status(), conflict.body());

        ApiClient.Reply refused = api().post("bureau", "/api/evaluations",
                commissionBody(unique("回避测试 "), byId(department), Json.createObjectBuilder().add("name", agencyName).build()));
        assertEquals(422, refused.status(), refused.body());
        assertEquals(List.of("agency.name"), refused.detailPaths());
        assertTrue(refused.body().contains(agencyName), refused.body());

        long other = organisation(unique("晋中市水利局"), "DEPARTMENT", null, null);
        assertEquals(200, api().post("admin", "/api/admin/organisations/" + other + "/deactivate", "").status());
        ApiClient.Reply inactive = api().post("bureau", "/api/evaluations",
                commissionBody(unique("停用测试 "), byId(other), Json.createObjectBuilder().add("name", "山西天正会计师事务所").build()));
        assertEquals(422, inactive.status(), inactive.body());
        assertEquals(List.of("subject.id"), inactive.detailPaths());
    }

    @Test
    void accountsAreDisabledResetAndChangedByTheirOwners() {
        long agency = organisation(unique("晋中华信评估"), "AGENCY", null, null);
        String evaluator = user("EVALUATOR", agency);
        String username = evaluator.split(":")[0];
        assertEquals(200, api().get(evaluator, "/api/tasks").status());

        ApiClient.Reply weak = api().post("admin", "/api/admin/users", Json.createObjectBuilder().add("username", unique("w-"))
                .add("password", "abc").add("role", "DEPARTMENT").add("organisationId", 1).build());
        assertEquals(Set.of("password", "role"), Set.copyOf(weak.detailPaths()), weak.body());
        ApiClient.Reply taken = api().post("admin", "/api/admin/users", Json.createObjectBuilder().add("username", username)
                .add("password", STRONG).add("role", "EVALUATOR").add("organisationId", agency).build());
        assertEquals(409, taken.status());

        assertEquals(200, api().post("admin", "/api/admin/users/" + username + "/disable", "").status());
        assertEquals(401, api().get(evaluator, "/api/tasks").status(), "a disabled account is refused at once");
        assertEquals(200, api().post("admin", "/api/admin/users/" + username + "/enable", "").status());

        ApiClient.Reply reset = api().post("admin", "/api/admin/users/" + username + "/reset-password", "");
        assertEquals(200, reset.status(), reset.body());
        String oneTime = reset.json().getString("oneTimePassword");
        String afterReset = username + ":" + oneTime;
        assertEquals(401, api().get(evaluator, "/api/tasks").status(), "the old password no longer works");
        ApiClient.Reply blocked = api().get(afterReset, "/api/tasks");
        assertEquals(403, blocked.status());
        assertEquals("password_change_required", blocked.json().getString("error"));
        assertTrue(api().get(afterReset, "/api/session").json().getBoolean("mustChangePassword"));

        ApiClient.Reply wrongCurrent = api().post(afterReset, "/api/session/password", Json.createObjectBuilder()
                .add("currentPassword", "nope").add("newPassword", "x").build());
        assertEquals(Set.of("currentPassword", "newPassword"), Set.copyOf(wrongCurrent.detailPaths()));
        String chosen = "Taiyuan@2027x";
        assertEquals(204, api().post(afterReset, "/api/session/password", Json.createObjectBuilder()
                .add("currentPassword", oneTime).add("newPassword", chosen).build()).status());
        assertEquals(200, api().get(username + ":" + chosen, "/api/tasks").status());

        ApiClient.Reply trail = api().get("admin", "/api/admin/audit?target=user:" + username);
        List<String> actions = trail.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("user.add", "user.disable", "user.enable", "user.resetPassword", "user.changePassword"), actions);
        assertFalse(trail.body().contains("pbkdf2"), "no password hash in the trail");
        assertFalse(trail.body().contains(oneTime), "no password in the trail");
    }

    @Test
    void theLastAdministratorWhoCanSignInCannotBeDisabled() {
        String second = user("ADMIN", 1);
        String third = user("ADMIN", 1);
        String secondName = second.split(":")[0];
        String thirdName = third.split(":")[0];
        assertEquals(200, api().post(second, "/api/admin/users/" + thirdName + "/disable", "").status());
        // the demo "admin" does not count: outside demo mode it could not sign in
        ApiClient.Reply last = api().post(second, "/api/admin/users/" + secondName + "/disable", "");
        assertEquals(409, last.status(), last.body());
        assertEquals(200, api().get(second, "/api/admin/users").status(), "still an administrator");
        assertEquals(200, api().post(second, "/api/admin/users/" + thirdName + "/enable", "").status());
        assertEquals(200, api().post(third, "/api/admin/users/" + secondName + "/disable", "").status());
    }

    private static byte[] workbook(String[]... rows) throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("单位目录");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1); // a title row above the labels, as real lists have
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.createRow(0).createCell(0).setCellValue("2024年预算单位目录");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void anOrganisationListIsImportedWholeOrNotAtAll() throws Exception {
        String parent = unique("晋中市农业农村局");
        String child = unique("晋中市农业技术推广站");
        String agency = unique("山西正信评估");
        // the child comes before its parent in the list, and the columns stand in another order
        String childCode = budgetCode("301");
        byte[] list = workbook(new String[]{"主管部门", "单位名称", "单位类型", "编码"},
                new String[]{parent, child, "预算单位", childCode},
                new String[]{"", parent, "部门", budgetCode("302")},
                new String[]{"", agency, "评价机构", creditCode()});
        ApiClient.Reply imported = api().upload("admin", "/api/admin/organisations/import", XLSX, list);
        assertEquals(201, imported.status(), imported.body());
        assertEquals(3, imported.json().getInt("total"));
        JsonObject listedChild = api().get("admin", "/api/admin/organisations").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(o -> o.getString("name").equals(child)).findFirst().orElseThrow();
        assertEquals(parent, listedChild.getString("parent"));
        assertEquals(childCode, listedChild.getString("code"));

        int before = api().get("admin", "/api/admin/organisations").json().getInt("total");
        byte[] bad = workbook(new String[]{"单位名称", "单位类型", "编码", "主管部门"},
                new String[]{unique("晋中市新单位"), "部门", "30100A", ""},
                new String[]{unique("某协会"), "协会", "", ""},
                new String[]{parent, "部门", "", ""},
                new String[]{unique("晋中市某站"), "部门", "", "不存在的主管部门"});
        ApiClient.Reply refused = api().upload("admin", "/api/admin/organisations/import", XLSX, bad);
        assertEquals(422, refused.status(), refused.body());
        assertEquals(List.of("单位目录!C3", "单位目录!B4", "单位目录!A5", "单位目录!D6"), refused.detailPaths());
        assertEquals(before, api().get("admin", "/api/admin/organisations").json().getInt("total"), "nothing added");
        assertEquals(403, api().upload("bureau", "/api/admin/organisations/import", XLSX, list).status());
    }

    @Test
    void theAuditExportKeepsFormulaLikeTextAsText() throws Exception {
        String name = "=HYPERLINK(\"http://x\",\"y\")" + UUID.randomUUID().toString().substring(0, 6);
        organisation(name, "DEPARTMENT", null, null);
        ApiClient.Binary xlsx = api().download("admin", "/api/admin/audit/export?action=organisation.add", XLSX);
        assertEquals(200, xlsx.status());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = wb.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                for (var cell : row) {
                    assertTrue(cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA, "no formula cells");
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().contains(name)) {
                        found = true;
                    }
                }
            }
            assertTrue(found, "the organisation's entry is exported");
        }
        assertEquals(403, api().download("bureau", "/api/admin/audit/export", XLSX).status());
    }

    @Test
    void theChainVerifiesAndTheTrailFilters() {
        organisation(unique("审计链测试单位"), "DEPARTMENT", null, null);
        organisation(unique("审计链测试机构"), "AGENCY", null, null);
        ApiClient.Reply verified = api().get("admin", "/api/admin/audit/verify");
        assertEquals(200, verified.status(), verified.body());
        assertTrue(verified.json().getBoolean("valid"), verified.body());
        assertTrue(verified.json().getJsonNumber("entries").longValue() > 0);

        ApiClient.Reply page = api().get("admin", "/api/admin/audit?action=organisation.add&size=2&page=0");
        assertEquals(2, page.json().getJsonArray("items").size());
        assertTrue(page.json().getJsonNumber("total").longValue() >= 2);
        Set<String> kinds = page.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("action")).collect(Collectors.toSet());
        assertEquals(Set.of("organisation.add"), kinds);
        ApiClient.Reply badFilter = api().get("admin", "/api/admin/audit?from=yesterday&size=-1");
        assertEquals(Set.of("from", "size"), Set.copyOf(badFilter.detailPaths()));
    }
}
