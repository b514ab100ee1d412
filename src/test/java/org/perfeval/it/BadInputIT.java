package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.it.HttpCalls.Answer;
import org.perfeval.it.HttpCalls.Call;

/**
 * Bad input on every endpoint (issue 10), over HTTP on Payara Micro: malformed JSON, wrong JSON
 * types, huge bodies, unknown ids, negative and overflowing numbers, wrong content types and
 * headers, a zip bomb as .xlsx, and text that looks like an expression, a script, a spreadsheet
 * formula or SQL in every text field. One list of cases per stage of an evaluation driven through
 * its tasks; for each case the expected answer.
 *
 * <p>Rules held for every case: never a 5xx; every 4xx carries API.md's body {@code {error, message,
 * details}}, a 422 naming the bad field in {@code details[].path}; a refused request changes nothing
 * (the evaluations, the directory, the accounts, the audit trail's length and the fixtures' details as
 * an administrator sees them, compared before and after); text that is accepted comes back exactly as
 * sent ({@code ${1+1}} stays {@code ${1+1}}, nothing is evaluated, escaped or cut), also in the Excel
 * exports, where formula-like text is a text cell.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String STRONG = "Jinzhong#2026";
    private static final String DEPARTMENT = "新能源汽车园事业服务中心";
    private static final String AGENCY = "山西天正会计师事务所";
    /** Text that an expression language, a browser, a spreadsheet or a database would take for code. */
    private static final List<String> INJECTIONS = List.of("${1+1}", "#{7*7}", "<script>alert(1)</script>",
            "=cmd|' /C calc'!A0", "' OR 1=1 --", "\"; drop table pe_evaluation; --");
    private static final String ALL_INJECTIONS = String.join(" | ", INJECTIONS);
    /** Indicator names with such text (JSON-safe, so that the seed case can be renamed by text replacement). */
    private static final String NAME_WITH_EXPRESSIONS = "区内包扶项目个数${1+1}#{7*7}<script>alert(1)</script>";
    private static final String NAME_AS_FORMULA = "=cmd|' /C calc'!A0";
    private static final String TWO_TO_THE_64 = "18446744073709551616";

    /** One bad (or suspicious) request and what it must be answered. */
    record Case(String name, Supplier<Call> call, Expect expect) {
    }

    /** What a case expects of the answer: null when it holds, else what is wrong. */
    interface Expect extends Function<Answer, String> {
    }

    record Outcome(String stage, Case c, Answer answer, String problem) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")));
    }

    @ArquillianResource
    URL base;

    private HttpCalls http;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final String unique = UUID.randomUUID().toString().substring(0, 6);
    private int serial;
    private byte[] bomb;

    private long demoAgency;
    private long demoDepartment;
    private long newAgency;
    private long newDepartment;
    private String spareUser;
    /** The evaluation driven through every task with bad payloads on the way. */
    private long f;
    /** One the agency refuses (its reason full of injections). */
    private long g;
    /** Two waiting for their targets, for very large target tables. */
    private long h;
    private long h2;
    /** Whether the fixtures with very large tables are part of what refused requests must leave unchanged. */
    private boolean watchingLargeTables = true;
    private JsonObject seed;

    @Test
    void everyBadInputIsA4xxNamingTheFieldAndChangesNothing() throws IOException {
        long t0 = System.nanoTime();
        http = new HttpCalls(base);
        http.observeAs("admin", "demo");
        bomb = bomb(95L * 1024 * 1024);
        seed = Json.createReader(new StringReader(ApiClient.seedCase().toString()
                .replace("区内包扶项目个数", NAME_WITH_EXPRESSIONS).replace("入企调研频次", NAME_AS_FORMULA))).readObject();
        setUp();

        run("commission", commissionCases());
        run("directory", directoryCases());
        run("accounts", accountCases());
        run("session", sessionCases());
        run("reading", readingCases());
        run("headers", headerCases());
        run("evidence files", fileCases());
        run("accept", acceptCases());
        drive(f, "accept", "bureau", "evaluator", "{\"accepted\": true}");
        run("setTargets", setTargetsCases());
        watchingLargeTables = false;
        run("submitData", submitDataCases());
        run("collectData", collectDataCases());
        run("score", scoreCases());
        run("draftReport", draftReportCases());
        run("exchangeViews", exchangeViewsCases());
        run("review", reviewCases());
        run("rectificationPlan", planCases());
        run("rectificationEvidence", evidenceCases());
        run("verifyRectification", verifyCases());
        run("exports", exportCases());

        List<Outcome> failed = outcomes.stream().filter(o -> o.problem() != null).toList();
        long serverErrors = outcomes.stream().filter(o -> o.answer() != null && o.answer().status() >= 500).count();
        System.out.printf("BadInputIT: %d cases, %d failed, %d answered 5xx; %d s%n", outcomes.size(), failed.size(),
                serverErrors, (System.nanoTime() - t0) / 1_000_000_000);
        outcomes.forEach(o -> System.out.printf("  %-4s %-14s %s%n", o.problem() == null ? "ok" : "FAIL",
                o.stage(), o.c().name() + " → " + (o.answer() == null ? "-" : o.answer().status())));
        if (!failed.isEmpty()) {
            throw new AssertionError(failed.size() + " of " + outcomes.size() + " bad-input cases failed:\n" + failed.stream()
                    .map(o -> "  [" + o.stage() + "] " + o.c().name() + ": " + o.problem()).collect(Collectors.joining("\n")));
        }
    }

    // ---- fixtures -----------------------------------------------------------------------------

    private void setUp() {
        JsonObject directory = http.observe("/api/admin/organisations").json();
        demoAgency = organisationNamed(directory, AGENCY);
        demoDepartment = organisationNamed(directory, DEPARTMENT);
        newAgency = created(admin(Call.post("/api/admin/organisations", obj("name", "坏输入测试事务所 " + unique, "type", "AGENCY"))));
        newDepartment = created(admin(Call.post("/api/admin/organisations", obj("name", "坏输入测试单位 " + unique, "type", "DEPARTMENT"))));
        spareUser = "badinput-" + unique;
        Answer user = send(admin(Call.post("/api/admin/users", Json.createObjectBuilder().add("username", spareUser)
                .add("password", STRONG).add("role", "DEPARTMENT").add("organisationId", newDepartment).build().toString())));
        assertEquals(201, user.status(), user.text());
        f = commission("坏输入测试 " + unique);
        g = commission("坏输入测试（拒绝） " + unique);
        h = commission("坏输入测试（大目标表） " + unique);
        drive(h, "accept", "bureau", "evaluator", "{\"accepted\": true}");
        h2 = commission("坏输入测试（1 MB目标表） " + unique);
        drive(h2, "accept", "bureau", "evaluator", "{\"accepted\": true}");
    }

    private static long organisationNamed(JsonObject directory, String name) {
        return directory.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long created(Call call) {
        Answer a = send(call);
        assertEquals(201, a.status(), call + ": " + a);
        return a.json().getJsonNumber("id").longValue();
    }

    private long commission(String title) {
        return created(bureau(Call.post("/api/evaluations", commissionBody(title))));
    }

    private static String commissionBody(String title) {
        return Json.createObjectBuilder().add("title", title).add("year", 2024).add("kind", "DEPARTMENT")
                .add("subject", Json.createObjectBuilder().add("name", DEPARTMENT))
                .add("agency", Json.createObjectBuilder().add("name", AGENCY))
                .add("dueDate", LocalDate.now().plusDays(60).toString()).build().toString();
    }

    /** A commission with one field replaced (its value as JSON text). */
    private static String commissionWith(String field, String json) {
        JsonObject body = Json.createReader(new StringReader(commissionBody("坏输入委托"))).readObject();
        var b = Json.createObjectBuilder(body);
        b.add(field, Json.createReader(new StringReader("{\"v\": " + json + "}")).readObject().get("v"));
        return b.build().toString();
    }

    /** Completes the open task of this key as its party, and expects it to be done. */
    private void drive(long evaluation, String key, String observerNote, String who, String payload) {
        Answer a = send(Call.post("/api/tasks/" + task(evaluation, key) + "/complete", payload).as(who));
        if (a.status() != 200) {
            throw new AssertionError("driving " + key + " of " + evaluation + " (" + observerNote + "): " + a + "\n" + summary());
        }
    }

    /** The id of the evaluation's open task with this key (the first one). */
    private String task(long evaluation, String key) {
        return detail(evaluation).getJsonArray("openTasks").stream().map(JsonObject.class::cast)
                .filter(t -> t.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + key + " task in evaluation " + evaluation + "\n" + summary()))
                .getString("id");
    }

    private JsonObject detail(long evaluation) {
        return http.observe("/api/evaluations/" + evaluation).json();
    }

    // ---- the cases ----------------------------------------------------------------------------

    private List<Case> commissionCases() {
        List<Case> cases = new ArrayList<>(List.of(
                refused("malformed JSON", () -> bureau(Call.post("/api/evaluations", "{\"title\": ")), 400),
                refused("an array, not an object", () -> bureau(Call.post("/api/evaluations", "[1, 2]")), 400),
                refused("garbage after the object", () -> bureau(Call.post("/api/evaluations", commissionBody("x") + " GARBAGE")), 400),
                refused("a key twice", () -> bureau(Call.post("/api/evaluations", commissionBody("x").replaceFirst("\\{", "{\"title\": \"y\", "))), 400),
                refused("an empty body", () -> bureau(Call.post("/api/evaluations", "")), 400),
                refused("JSON nested 100,000 deep", () -> bureau(Call.post("/api/evaluations",
                        "{\"title\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}")), 400),
                refused("every field of the wrong JSON type", () -> bureau(Call.post("/api/evaluations",
                        "{\"title\": 123, \"year\": \"2024\", \"kind\": [\"PROJECT\"], \"subject\": \"" + DEPARTMENT + "\","
                                + " \"agency\": {\"id\": \"2\"}, \"dueDate\": 20270101}")),
                        422, "title", "year", "kind", "subject", "agency.id", "dueDate"),
                refused("a negative year", () -> bureau(Call.post("/api/evaluations", commissionWith("year", "-2024"))), 422, "year"),
                refused("a year of 2^32 + 2024 (wraps to 2024 as an int)", () -> bureau(Call.post("/api/evaluations",
                        commissionWith("year", "4294969320"))), 422, "year"),
                refused("a subject id of 2^64 + the department's id (wraps as a long)", () -> bureau(Call.post("/api/evaluations",
                        commissionWith("subject", "{\"id\": " + new java.math.BigInteger(TWO_TO_THE_64).add(
                                java.math.BigInteger.valueOf(demoDepartment)) + "}"))), 422, "subject.id"),
                refused("an unknown subject id", () -> bureau(Call.post("/api/evaluations", commissionWith("subject", "{\"id\": 999999999}"))),
                        422, "subject.id"),
                refused("a negative agency id", () -> bureau(Call.post("/api/evaluations", commissionWith("agency", "{\"id\": -2}"))),
                        422, "agency.id"),
                refused("a title of 301 characters", () -> bureau(Call.post("/api/evaluations",
                        commissionWith("title", Json.createValue("题".repeat(301)).toString()))), 422, "title"),
                refused("a title with a right-to-left override", () -> bureau(Call.post("/api/evaluations",
                        commissionWith("title", "\"报告\\u202Efdp.exe\""))), 422, "title"),
                refused("a title with an unpaired surrogate (\\ud800)", () -> bureau(Call.post("/api/evaluations",
                        commissionBody("报告X").replace("报告X", "报告\\ud800"))), 422, "title"),
                accepted("a title of exactly 300 characters is kept whole", () -> bureau(Call.post("/api/evaluations",
                        commissionBody("题".repeat(300)))), 201, a -> same("title", "题".repeat(300), a.json().getString("title"))),
                refused("a basis as a string", () -> bureau(Call.post("/api/evaluations", commissionWith("basis", "\"156号\""))),
                        422, "basis"),
                refused("a basis without its title", () -> bureau(Call.post("/api/evaluations",
                        commissionWith("basis", "{\"number\": \"综示晋开财发〔2023〕156号\"}"))), 422, "basis.title"),
                refused("a basis title that is only its 书名号", () -> bureau(Call.post("/api/evaluations",
                        commissionWith("basis", "{\"title\": \"《 》\"}"))), 422, "basis.title"),
                refused("a basis number of 101 characters", () -> bureau(Call.post("/api/evaluations", commissionWith("basis",
                        "{\"title\": \"实施方案\", \"number\": \"" + "号".repeat(101) + "\"}"))), 422, "basis.number"),
                refused("a due date that does not exist", () -> bureau(Call.post("/api/evaluations",
                        commissionWith("dueDate", "\"2027-02-30\""))), 422, "dueDate"),
                refused("a body of 2 MB", () -> bureau(Call.post("/api/evaluations", commissionWith("title",
                        Json.createValue("x".repeat(2 * 1024 * 1024)).toString()))), 413),
                refused("a body of 2 MB streamed without a length", () -> bureau(Call.post("/api/evaluations", commissionWith("title",
                        Json.createValue("x".repeat(2 * 1024 * 1024)).toString())).withoutLength()), 413),
                refused("as text/plain (a cross-site form)", () -> bureau(Call.of("POST", "/api/evaluations")
                        .body("text/plain", utf8(commissionBody("x")))), 403),
                refused("url-encoded", () -> bureau(Call.of("POST", "/api/evaluations")
                        .body("application/x-www-form-urlencoded", utf8("title=x&year=2024"))), 403),
                refused("multipart", () -> bureau(Call.of("POST", "/api/evaluations")
                        .body("multipart/form-data; boundary=b", utf8("--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--b--\r\n"))), 403),
                refused("without a content type", () -> bureau(Call.of("POST", "/api/evaluations").body(null, utf8(commissionBody("x")))), 403),
                refused("as XML", () -> bureau(Call.of("POST", "/api/evaluations")
                        .body("application/xml", utf8("<evaluation><title>x</title></evaluation>"))), 400),
                refused("an unknown charset", () -> bureau(Call.of("POST", "/api/evaluations")
                        .body("application/json; charset=foo-bar", utf8(commissionBody("x")))), 415),
                refused("an Idempotency-Key of 201 characters", () -> bureau(Call.post("/api/evaluations", commissionBody("x"))
                        .header("Idempotency-Key", "k".repeat(201))), 422, "Idempotency-Key"),
                refused("as the evaluator", () -> Call.post("/api/evaluations", commissionBody("x")).as("evaluator"), 403)));
        for (String text : INJECTIONS) {
            cases.add(accepted("title " + text + " is kept as typed", () -> bureau(Call.post("/api/evaluations",
                    commissionBody(text))), 201, a -> {
                String problem = same("title", text, a.json().getString("title"));
                long id = a.json().getJsonNumber("id").longValue();
                return problem != null ? problem : same("title read back", text, detail(id).getString("title"));
            }));
        }
        return cases;
    }

    private List<Case> directoryCases() {
        String orgs = "/api/admin/organisations";
        List<Case> cases = new ArrayList<>(List.of(
                refused("organisation: keys without quotes", () -> admin(Call.post(orgs, "{name: \"x\", type: \"AGENCY\"}")), 400),
                refused("organisation: every field of the wrong type", () -> admin(Call.post(orgs,
                        "{\"name\": 5, \"type\": 1, \"code\": [], \"parentId\": \"3\"}")), 422, "name", "type", "code", "parentId"),
                refused("organisation: a name of 201 characters", () -> admin(Call.post(orgs, obj("name", "单".repeat(201),
                        "type", "DEPARTMENT"))), 422, "name"),
                refused("organisation: an unknown type", () -> admin(Call.post(orgs, obj("name", "x" + unique, "type", "CLUB"))), 422, "type"),
                refused("organisation: a parent id of 2^64 + the department's id", () -> admin(Call.post(orgs,
                        "{\"name\": \"坏输入下属单位 " + unique + "\", \"type\": \"DEPARTMENT\", \"parentId\": "
                                + new java.math.BigInteger(TWO_TO_THE_64).add(java.math.BigInteger.valueOf(demoDepartment)) + "}")),
                        422, "parentId"),
                refused("organisation: a code with SQL in it", () -> admin(Call.post(orgs, obj("name", "坏输入编码单位 " + unique,
                        "type", "DEPARTMENT", "code", "' OR 1=1 --"))), 422, "code"),
                refused("organisation: an existing name", () -> admin(Call.post(orgs, obj("name", DEPARTMENT, "type", "DEPARTMENT"))), 409),
                refused("edit an unknown organisation", () -> admin(Call.of("PUT", orgs + "/999999999").json(obj("name", "x"))), 404),
                refused("edit with a blank name", () -> admin(Call.of("PUT", orgs + "/" + newDepartment).json(obj("name", "  "))), 422, "name"),
                refused("deactivate organisation 'abc'", () -> admin(Call.of("POST", orgs + "/abc/deactivate")), 404),
                refused("import: a zip bomb as .xlsx", () -> admin(Call.of("POST", orgs + "/import").body(HttpCalls.XLSX, bomb)), 400),
                refused("import: bytes that are no workbook", () -> admin(Call.of("POST", orgs + "/import")
                        .body(HttpCalls.XLSX, randomBytes(4096))), 400),
                refused("import: an empty body", () -> admin(Call.of("POST", orgs + "/import").body(HttpCalls.XLSX, new byte[0])), 400),
                refused("import: 6 MB", () -> admin(Call.of("POST", orgs + "/import").body(HttpCalls.XLSX, randomBytes(6 * 1024 * 1024))), 413),
                refused("import: a list with a formula for a name and an unknown type", () -> admin(Call.of("POST", orgs + "/import")
                        .body(HttpCalls.XLSX, workbook(List.of(List.of("单位名称", "单位类型"), List.of(NAME_AS_FORMULA, "俱乐部"))))),
                        422, "单位目录!B2"),
                refused("conflict: null", () -> admin(Call.post("/api/admin/conflicts", "null")), 400),
                refused("conflict: wrong types", () -> admin(Call.post("/api/admin/conflicts",
                        "{\"agencyId\": -1, \"departmentId\": 1.5, \"reason\": {}}")), 422, "agencyId", "departmentId", "reason"),
                refused("conflict: unknown organisations", () -> admin(Call.post("/api/admin/conflicts",
                        "{\"agencyId\": 999999999, \"departmentId\": 999999998}")), 422, "agencyId", "departmentId"),
                refused("conflict: an agency id of 2^64 + the agency's id", () -> admin(Call.post("/api/admin/conflicts",
                        "{\"agencyId\": " + new java.math.BigInteger(TWO_TO_THE_64).add(java.math.BigInteger.valueOf(demoAgency))
                                + ", \"departmentId\": " + newDepartment + "}")), 422, "agencyId"),
                refused("conflict: a reason of 501 characters", () -> admin(Call.post("/api/admin/conflicts",
                        Json.createObjectBuilder().add("agencyId", newAgency).add("departmentId", newDepartment)
                                .add("reason", "审".repeat(501)).build().toString())), 422, "reason"),
                accepted("conflict: a reason full of injections is kept as typed", () -> admin(Call.post("/api/admin/conflicts",
                        Json.createObjectBuilder().add("agencyId", newAgency).add("departmentId", newDepartment)
                                .add("reason", ALL_INJECTIONS).build().toString())), 201,
                        a -> a.json().getJsonArray("conflicts").stream().map(JsonObject.class::cast)
                                .anyMatch(c -> c.getString("reason").equals(ALL_INJECTIONS)) ? null
                                : "the reason did not come back as typed: " + a.excerpt())));
        for (String text : INJECTIONS) {
            String name = "单位" + text + unique;
            cases.add(accepted("organisation name with " + text + " is kept as typed", () -> admin(Call.post(orgs,
                    obj("name", name, "type", "DEPARTMENT"))), 201, a -> {
                String problem = same("name", name, a.json().getString("name"));
                return problem != null ? problem : http.observe(orgs).json().getJsonArray("items").stream()
                        .map(JsonObject.class::cast).anyMatch(o -> o.getString("name").equals(name)) ? null : "not listed as typed";
            }));
        }
        return cases;
    }

    private List<Case> accountCases() {
        String users = "/api/admin/users";
        List<Case> cases = new ArrayList<>(List.of(
                refused("user: a trailing comma", () -> admin(Call.post(users, "{\"username\": \"a\",}")), 400),
                refused("user: every field of the wrong type", () -> admin(Call.post(users,
                        "{\"username\": 1, \"password\": 12345678, \"role\": true, \"organisationId\": \"5\", \"displayName\": []}")),
                        422, "username", "password", "role", "organisationId", "displayName"),
                refused("user: an organisation id of 2^64 + the department's id", () -> admin(Call.post(users,
                        "{\"username\": \"wrap-" + unique + "\", \"password\": \"" + STRONG + "\", \"role\": \"DEPARTMENT\", "
                                + "\"organisationId\": " + new java.math.BigInteger(TWO_TO_THE_64).add(
                                java.math.BigInteger.valueOf(demoDepartment)) + "}")), 422, "organisationId"),
                refused("user: a display name of 201 characters", () -> admin(Call.post(users, account("long-" + unique,
                        "名".repeat(201)))), 422, "displayName"),
                refused("user: a weak password", () -> admin(Call.post(users, Json.createObjectBuilder().add("username", "weak-" + unique)
                        .add("password", "password").add("role", "DEPARTMENT").add("organisationId", newDepartment).build().toString())),
                        422, "password"),
                refused("user: 2 MB", () -> admin(Call.post(users, account("big-" + unique, "x".repeat(2 * 1024 * 1024)))), 413),
                refused("disable an unknown user", () -> admin(Call.of("POST", users + "/nobody-" + unique + "/disable")), 404),
                refused("reset an unknown user's password", () -> admin(Call.of("POST", users + "/nobody-" + unique + "/reset-password")), 404),
                refused("reset: a password that is a number", () -> admin(Call.post(users + "/" + spareUser + "/reset-password",
                        "{\"password\": 42}")), 422, "password"),
                refused("reset: an array", () -> admin(Call.post(users + "/" + spareUser + "/reset-password", "[]")), 400),
                refused("reset: a weak password", () -> admin(Call.post(users + "/" + spareUser + "/reset-password",
                        "{\"password\": \"abc\"}")), 422, "password")));
        for (String text : INJECTIONS) {
            cases.add(refused("user name " + text, () -> admin(Call.post(users, account(text, null))), 422, "username"));
        }
        for (String text : INJECTIONS) {
            String username = "shown-" + unique + "-" + (++serial);
            cases.add(accepted("display name " + text + " is kept as typed", () -> admin(Call.post(users, account(username, text))), 201,
                    a -> {
                        String problem = same("displayName", text, a.json().getString("displayName"));
                        return problem != null ? problem : http.observe(users).json().getJsonArray("items").stream()
                                .map(JsonObject.class::cast).anyMatch(u -> u.getString("username").equals(username)
                                        && u.getString("displayName").equals(text)) ? null : "not listed as typed";
                    }));
        }
        return cases;
    }

    private String account(String username, String displayName) {
        var b = Json.createObjectBuilder().add("username", username).add("password", STRONG).add("role", "DEPARTMENT")
                .add("organisationId", newDepartment);
        if (displayName != null) {
            b.add("displayName", displayName);
        }
        return b.build().toString();
    }

    private List<Case> sessionCases() {
        return List.of(
                refused("sign-in: malformed", () -> Call.post("/api/session", "{\"username\": \"bureau\""), 400),
                refused("sign-in: numbers for name and password", () -> Call.post("/api/session",
                        "{\"username\": 1, \"password\": 2}"), 422, "username", "password"),
                refused("sign-in: SQL as the user name", () -> Call.post("/api/session",
                        obj("username", "' OR 1=1 --", "password", "' OR 1=1 --")), 401),
                refused("sign-in: 20 KB", () -> Call.post("/api/session", obj("username", "bureau", "password", "x".repeat(20_000))), 413),
                refused("password change: a string", () -> Call.post("/api/session/password", "\"string\"").as("department"), 400),
                refused("password change: wrong types", () -> Call.post("/api/session/password",
                        "{\"currentPassword\": [], \"newPassword\": {}}").as("department"), 422, "currentPassword", "newPassword"));
    }

    private List<Case> readingCases() {
        return List.of(
                refused("audit: a page that is no number and a size too large", () -> admin(Call.get("/api/admin/audit?page=abc&size=100000")),
                        422, "page", "size"),
                refused("audit: a page whose offset overflows", () -> admin(Call.get("/api/admin/audit?page=2147483647&size=2")), 422, "page"),
                refused("evaluation list: an unknown status, a year that is text, organisation -1", () -> bureau(Call.get(
                        "/api/evaluations?status=DONE&year=abc&organisationId=-1")), 422, "status", "year", "organisationId"),
                refused("evaluation list: a page of 100000 and a page that is no number", () -> bureau(Call.get(
                        "/api/evaluations?page=x&size=100000")), 422, "page", "size"),
                refused("evaluation list: a page whose offset overflows", () -> bureau(Call.get("/api/evaluations?page=2147483647&size=500")),
                        422, "page"),
                refused("evaluation list: SQL as the status", () -> bureau(Call.get("/api/evaluations?status=CLOSED%27%20OR%201=1%20--")),
                        422, "status"),
                refused("inbox: evaluation 'abc' and a size of 0", () -> evaluator(Call.get("/api/tasks?evaluationId=abc&size=0")),
                        422, "evaluationId", "size"),
                refused("audit: an evaluation's trail from a day that does not exist", () -> bureau(Call.get("/api/evaluations/" + f
                        + "/audit?from=2026-02-30")), 422, "from"),
                refused("budget advice for year 99999999999", () -> bureau(Call.get("/api/budget-advice?year=99999999999")), 422, "year"),
                refused("budget advice with SQL for a year", () -> bureau(Call.get("/api/budget-advice?year=2027%27%20OR%201=1%20--")), 422, "year"),
                refused("an unknown evaluation", () -> bureau(Call.get("/api/evaluations/999999999")), 404),
                refused("evaluation 'abc'", () -> bureau(Call.get("/api/evaluations/abc")), 404),
                refused("the report of evaluation -1", () -> bureau(Call.get("/api/evaluations/-1/report")), 404),
                refused("the diagram of an id beyond a long", () -> bureau(Call.get("/api/evaluations/99999999999999999999999/diagram")), 404),
                refused("the tables of an unknown evaluation", () -> bureau(Call.get("/api/evaluations/999999999/tables")), 404),
                refused("an unknown template", () -> bureau(Call.get("/api/indicator-library/none")), 404),
                refused("an unknown notification", () -> bureau(Call.of("POST", "/api/notifications/999999999/read")), 404),
                refused("an unknown endpoint", () -> bureau(Call.get("/api/no-such-endpoint")), 404),
                refused("a method the endpoint does not have", () -> bureau(Call.of("DELETE", "/api/evaluations")), 405),
                refused("a report as HTML", () -> bureau(Call.get("/api/evaluations/" + f + "/report").header("Accept", "text/html")), 406),
                refused("scoring: malformed", () -> bureau(Call.post("/api/scoring/preview", "{\"indicators\": [")), 400),
                refused("scoring: a negative amount and wrong types", () -> bureau(Call.post("/api/scoring/preview",
                        "{\"funds\": {\"initialBudget\": -1, \"expenditure\": \"27\"}, \"indicators\": \"all\"}")),
                        422, "funds.initialBudget", "funds.expenditure", "indicators"));
    }

    private List<Case> headerCases() {
        return List.of(
                refused("a malformed Accept-Language", () -> bureau(Call.get("/api/labels").header("Accept-Language", "zh-CN;q=abc")), 400,
                        "Accept-Language"),
                refused("a malformed Accept-Language and no credentials", () -> Call.get("/api/tasks")
                        .header("Accept-Language", "zh-CN;q=abc"), 400, "Accept-Language"),
                refused("a malformed Accept", () -> bureau(Call.get("/api/evaluations").header("Accept", "text/;;;=")), 400, "Accept"),
                refused("a malformed Content-Type", () -> bureau(Call.of("POST", "/api/evaluations")
                        .body("not a type", utf8(commissionBody("x")))), 400, "Content-Type"),
                refused("a malformed Accept-Language on a body over the limit", () -> bureau(Call.post("/api/evaluations",
                        commissionWith("title", Json.createValue("x".repeat(2 * 1024 * 1024)).toString()))
                        .header("Accept-Language", "en;q=2;;")), 400, "Accept-Language"),
                refused("credentials that are no Base64", () -> Call.get("/api/tasks").header("Authorization", "Basic !!!"), 401),
                refused("a bearer token", () -> Call.get("/api/tasks").header("Authorization", "Bearer abc.def.ghi"), 401));
    }

    private List<Case> fileCases() {
        String files = "/api/evaluations/" + f + "/files";
        byte[] pdf = EvidenceSamples.pdf();
        String injected = "=SUM(A1)${1+1}<b>预算<b>'; drop table x; --.pdf";
        return List.of(
                refused("a file sent as JSON", () -> department(Call.post(files, "{\"file\": \"a.pdf\"}")), 415),
                refused("a multipart body without a part named file", () -> department(Call.of("POST", files)
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("document", "a.pdf", pdf))), 422, "file"),
                refused("a file name of 256 characters", () -> department(Call.of("POST", files)
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("file", "证".repeat(252) + ".pdf", pdf))), 422, "file"),
                refused("a program named 预算.pdf", () -> department(Call.of("POST", files)
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("file", "预算.pdf", EvidenceSamples.executable()))), 422, "file"),
                refused("a zip bomb", () -> department(Call.of("POST", files)
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("file", "材料.zip", EvidenceSamples.zipBomb()))), 422, "file"),
                refused("an empty file", () -> department(Call.of("POST", files)
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("file", "空.pdf", new byte[0]))), 422, "file"),
                refused("a file over the limit", () -> department(Call.of("POST", files)
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("file", "大.pdf", EvidenceSamples.pdfOfSize(9 * 1024 * 1024, 1)))), 413),
                refused("a file over the limit streamed without a length", () -> department(Call.of("POST", files)
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("file", "大.pdf", EvidenceSamples.pdfOfSize(9 * 1024 * 1024, 2))).withoutLength()), 413),
                refused("a file name that is a path", () -> department(Call.of("POST", files)
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("file", "C:\\\\材料\\\\预算.pdf", pdf))), 422, "file"),
                refused("a file for an unknown evaluation", () -> department(Call.of("POST", "/api/evaluations/999999999/files")
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("file", "a.pdf", pdf))), 404),
                refused("file 'abc'", () -> department(Call.get("/api/files/abc")), 404),
                refused("file -1", () -> department(Call.get("/api/files/-1")), 404),
                refused("deleting an unknown file", () -> department(Call.of("DELETE", "/api/files/999999999")), 404),
                accepted("a file name full of injections is kept as typed", () -> department(Call.of("POST", files)
                        .body(HttpCalls.MULTIPART, HttpCalls.multipart("file", injected, pdf))), 201,
                        a -> same("name", injected, a.json().getString("name"))));
    }

    private List<Case> acceptCases() {
        Supplier<String> accept = () -> "/api/tasks/" + task(f, "accept");
        return List.of(
                refused("an unknown task: complete", () -> evaluator(Call.post("/api/tasks/no-such-task/complete", "{\"accepted\": true}")), 404),
                refused("an unknown task: claim", () -> evaluator(Call.of("POST", "/api/tasks/no-such-task/claim")), 404),
                refused("an unknown task: import", () -> evaluator(Call.of("POST", "/api/tasks/no-such-task/import")
                        .body(HttpCalls.XLSX, randomBytes(100))), 404),
                refused("keys without quotes", () -> evaluator(Call.post(accept.get() + "/complete", "{accepted: true}")), 400),
                refused("two objects", () -> evaluator(Call.post(accept.get() + "/complete", "{\"accepted\": true}{\"accepted\": false}")), 400),
                refused("accepted as a string", () -> evaluator(Call.post(accept.get() + "/complete", "{\"accepted\": \"yes\"}")), 422, "accepted"),
                refused("a refusal without a reason", () -> evaluator(Call.post(accept.get() + "/complete", "{\"accepted\": false}")), 422, "reason"),
                refused("a reason that is a number", () -> evaluator(Call.post(accept.get() + "/complete",
                        "{\"accepted\": false, \"reason\": 5}")), 422, "reason"),
                refused("a reason of 2,001 characters", () -> evaluator(Call.post(accept.get() + "/complete",
                        obj("accepted", false, "reason", "理".repeat(2001)))), 422, "reason"),
                refused("a spreadsheet's type for JSON", () -> evaluator(Call.of("POST", accept.get() + "/complete")
                        .body(HttpCalls.XLSX, randomBytes(512))), 400),
                refused("2 MB", () -> evaluator(Call.post(accept.get() + "/complete", obj("accepted", false, "reason",
                        "x".repeat(2 * 1024 * 1024)))), 413),
                refused("a spreadsheet for a task that takes none", () -> evaluator(Call.of("POST", accept.get() + "/import")
                        .body(HttpCalls.XLSX, workbook(List.of(List.of("x"))))), 422, "file"),
                accepted("another evaluation refused with a reason full of injections", () -> evaluator(Call.post("/api/tasks/"
                        + task(g, "accept") + "/complete", obj("accepted", false, "reason", ALL_INJECTIONS))), 200, a -> {
                    String problem = same("status", "CANCELLED", a.json().getString("status"));
                    return problem != null ? problem : history(a, "拒绝委托: " + ALL_INJECTIONS);
                }));
    }

    private List<Case> setTargetsCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "setTargets");
        JsonArray targets = ApiClient.targetsOf(seed);
        return List.of(
                refused("import: a zip bomb as .xlsx", () -> evaluator(Call.of("POST", t.get() + "/import").body(HttpCalls.XLSX, bomb)), 400),
                refused("import: bytes that are no workbook", () -> evaluator(Call.of("POST", t.get() + "/import")
                        .body(HttpCalls.XLSX, randomBytes(4096))), 400),
                refused("import: a workbook as JSON", () -> evaluator(Call.of("POST", t.get() + "/import")
                        .body("application/json", workbook(List.of(List.of("x"))))), 400),
                refused("import: 6 MB", () -> evaluator(Call.of("POST", t.get() + "/import").body(HttpCalls.XLSX,
                        randomBytes(6 * 1024 * 1024))), 413),
                refused("import: a target table with a formula and a text weight", () -> evaluator(Call.of("POST", t.get() + "/import")
                        .body(HttpCalls.XLSX, workbook(List.of(List.of("一级指标", "二级指标", "三级指标", "分值", "年度指标值"),
                                List.of("产出", "数量", NAME_AS_FORMULA, "五", "≥1个")))).header("Accept-Language", "zh")), 422),
                refused("indicators as a string", () -> evaluator(Call.post(t.get() + "/complete", "{\"indicators\": \"all\"}")),
                        422, "indicators"),
                refused("a weight that is text", () -> evaluator(Call.post(t.get() + "/complete", withIndicator(targets, 1, "weight",
                        Json.createValue("x")))), 422, "indicators[1].weight"),
                refused("a negative weight", () -> evaluator(Call.post(t.get() + "/complete", withIndicator(targets, 0, "weight",
                        Json.createValue(-10)))), 422, "indicators[0].weight"),
                refused("an actual value at target setting", () -> evaluator(Call.post(t.get() + "/complete", withIndicator(targets, 0,
                        "actual", Json.createValue("12个")))), 422, "indicators[0].actual"),
                refused("a path of four levels", () -> evaluator(Call.post(t.get() + "/complete", withIndicator(targets, 0, "path",
                        Json.createArrayBuilder().add("a").add("b").add("c").add("d").build()))), 422, "indicators[0].path"),
                refused("a target of 101 characters", () -> evaluator(Call.post(t.get() + "/complete", withIndicator(targets, 0,
                        "target", Json.createValue("≥" + "1".repeat(100))))), 422, "indicators[0].target"),
                refused("import: a JSON score sheet nested 100,000 deep", () -> evaluator(Call.of("POST", t.get() + "/import")
                        .body("application/json", utf8("{\"indicators\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"))), 400),
                accepted("a target table of 5,000 indicators (900 KB) is stored whole", () -> evaluator(Call.post("/api/tasks/"
                        + task(h, "setTargets") + "/complete", manyTargets())), 200,
                        a -> same("indicators", 5000, a.json().getJsonArray("indicators").size())),
                accepted("a target table of 1 MB with names of 200 characters is stored whole", () -> evaluator(Call.post("/api/tasks/"
                        + task(h2, "setTargets") + "/complete", longNamedTargets())), 200, a -> {
                    JsonArray stored = a.json().getJsonArray("indicators");
                    String problem = same("indicators", 1600, stored.size());
                    return problem != null ? problem : same("the last name", longName(1599),
                            stored.getJsonObject(1599).getJsonArray("path").getString(2));
                }),
                accepted("indicator names with an expression, a script and a formula are kept as typed",
                        () -> evaluator(Call.post(t.get() + "/complete", Json.createObjectBuilder().add("indicators", targets).build()
                                .toString())), 200, a -> {
                            List<String> names = a.json().getJsonArray("indicators").stream()
                                    .map(i -> i.asJsonObject().getJsonArray("path").getString(2)).toList();
                            return names.contains(NAME_WITH_EXPRESSIONS) && names.contains(NAME_AS_FORMULA) ? null
                                    : "names not kept: " + names.subList(0, 3);
                        }));
    }

    private List<Case> submitDataCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "submitData") + "/complete";
        JsonObject funds = seed.getJsonObject("funds");
        JsonArrayBuilder evidence = Json.createArrayBuilder();
        INJECTIONS.forEach(evidence::add);
        JsonArray names = evidence.build();
        return List.of(
                refused("funds as a string", () -> department(Call.post(t.get(), "{\"funds\": \"lots\"}")), 422, "funds"),
                refused("a negative amount", () -> department(Call.post(t.get(), fundsWith(funds, "initialBudget", Json.createValue(-44.84)))),
                        422, "funds.initialBudget"),
                refused("an amount as a string", () -> department(Call.post(t.get(), fundsWith(funds, "expenditure", Json.createValue("27.52")))),
                        422, "funds.expenditure"),
                refused("an amount of 10^13", () -> department(Call.post(t.get(), fundsWith(funds, "adjustedBudget",
                        Json.createValue(new java.math.BigDecimal("1e13"))))), 422, "funds.adjustedBudget"),
                refused("an unknown fund field", () -> department(Call.post(t.get(), fundsWith(funds, "bribes", Json.createValue(1)))),
                        422, "funds.bribes"),
                refused("a blank evidence name", () -> department(Call.post(t.get(), Json.createObjectBuilder().add("funds", funds)
                        .add("evidence", Json.createArrayBuilder().add("")).build().toString())), 422, "evidence[0]"),
                refused("an evidence name of 256 characters", () -> department(Call.post(t.get(), Json.createObjectBuilder()
                        .add("funds", funds).add("evidence", Json.createArrayBuilder().add("证".repeat(252) + ".pdf")).build()
                        .toString())), 422, "evidence[0]"),
                refused("as the evaluator", () -> evaluator(Call.post(t.get(), Json.createObjectBuilder().add("funds", funds)
                        .build().toString())), 403),
                refused("a fileId that is a string, and one that is no file", () -> department(Call.post(t.get(),
                        Json.createObjectBuilder().add("funds", funds).add("evidence", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("fileId", "12"))
                                .add(Json.createObjectBuilder().add("fileId", 1.5))).build().toString())),
                        422, "evidence[0].fileId", "evidence[1].fileId"),
                refused("a file that does not exist", () -> department(Call.post(t.get(), Json.createObjectBuilder().add("funds", funds)
                        .add("evidence", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fileId", 999999999)))
                        .build().toString())), 422, "evidence[0].fileId"),
                accepted("evidence names full of injections are kept as typed", () -> department(Call.post(t.get(),
                        Json.createObjectBuilder().add("funds", funds).add("evidence", names).build().toString())), 200,
                        a -> same("evidence", INJECTIONS, a.json().getJsonArray("evidence").stream()
                                .map(e -> e.asJsonObject().getString("name")).toList())));
    }

    private List<Case> collectDataCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "collectData") + "/complete";
        return List.of(
                refused("actuals as an object", () -> evaluator(Call.post(t.get(), "{\"actuals\": {}}")), 422, "actuals"),
                refused("an actual of 10^30", () -> evaluator(Call.post(t.get(), "{\"actuals\": [{\"path\": [\"履职效能\", \"产出数量\", \""
                        + NAME_WITH_EXPRESSIONS + "\"], \"actual\": 1e30}]}")), 422, "actuals[0].actual"),
                refused("a path that is a string", () -> evaluator(Call.post(t.get(), "{\"actuals\": [{\"path\": \"a/b/c\", \"actual\": \"1个\"}]}")),
                        422, "actuals[0].path"),
                refused("evidence for an unknown indicator, and a file that does not exist", () -> evaluator(Call.post(t.get(),
                        "{\"actuals\": [{\"path\": [\"a\", \"b\", \"c\"], \"evidence\": [{\"fileId\": 1}]}, {\"path\": [\"履职效能\", "
                        + "\"产出数量\", \"" + NAME_WITH_EXPRESSIONS + "\"], \"evidence\": [{\"fileId\": 999999999}]}]}")),
                        422, "actuals[0].path", "actuals[1].evidence[0].fileId"),
                refused("a checklist answer as a string", () -> evaluator(Call.post(t.get(), Json.createObjectBuilder()
                        .add("actuals", ApiClient.actualsOf(seed)).add("checklist", Json.createObjectBuilder()
                                .add("performanceLeadingGroup", "yes")).build().toString())), 422, "checklist.performanceLeadingGroup"),
                accepted("the seed's actual values", () -> evaluator(Call.post(t.get(), Json.createObjectBuilder()
                        .add("actuals", ApiClient.actualsOf(seed)).add("checklist", seed.getJsonObject("checklist")).build()
                        .toString())), 200, a -> same("status", "SCORING", a.json().getString("status"))));
    }

    private List<Case> scoreCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "score") + "/complete";
        JsonArray scores = ApiClient.scoresOf(seed);
        return List.of(
                refused("scores as a string", () -> evaluator(Call.post(t.get(), "{\"scores\": \"all\"}")), 422, "scores"),
                refused("a score as a string", () -> evaluator(Call.post(t.get(), scoresWith(scores, "score", Json.createValue("90")))),
                        422, "scores[0].score"),
                refused("a negative score", () -> evaluator(Call.post(t.get(), scoresWith(scores, "score", Json.createValue(-5)))), 422),
                refused("an unknown level", () -> evaluator(Call.post(t.get(), scoresWith(scores, "level", Json.createValue("GREAT")))),
                        422, "scores[0].level"),
                refused("evidence that is a string, and a fileId of 0", () -> evaluator(Call.post(t.get(),
                        "{\"scores\": [{\"path\": [\"a\"], \"evidence\": \"x.pdf\"}, {\"path\": [\"b\"], \"evidence\": [{\"fileId\": 0}]}]}")),
                        422, "scores[0].evidence", "scores[1].evidence[0].fileId"),
                refused("a reason of 4,001 characters", () -> evaluator(Call.post(t.get(), scoresWith(scores, "reason",
                        Json.createValue("扣".repeat(4001))))), 422, "scores[0].reason"),
                accepted("the seed's scores", () -> evaluator(Call.post(t.get(), Json.createObjectBuilder().add("scores", scores).build()
                        .toString())), 200, a -> same("status", "DRAFT", a.json().getString("status"))));
    }

    private List<Case> draftReportCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "draftReport") + "/complete";
        JsonArrayBuilder items = Json.createArrayBuilder();
        INJECTIONS.forEach(items::add);
        JsonArray titles = items.build();
        return List.of(
                refused("findings as a string", () -> evaluator(Call.post(t.get(), "{\"findings\": \"x\"}")), 422, "findings"),
                refused("sections as an array", () -> evaluator(Call.post(t.get(), "{\"sections\": []}")), 422, "sections"),
                refused("an unknown section", () -> evaluator(Call.post(t.get(), "{\"sections\": {\"foo\": \"x\"}}")), 422, "sections.foo"),
                refused("a blank recommendation", () -> evaluator(Call.post(t.get(), "{\"recommendations\": [\"\"]}")), 422,
                        "recommendations[0].title"),
                refused("a recommendation of 1,001 characters (a rectification's title holds 1,000)", () -> evaluator(Call.post(t.get(),
                        Json.createObjectBuilder().add("recommendations", Json.createArrayBuilder().add("建".repeat(1001))).build()
                                .toString())), 422, "recommendations[0].title"),
                refused("a draft without 主要经验和做法 (nothing unfinished is submitted)", () -> evaluator(Call.post(t.get(),
                        "{\"sections\": {\"overview\": \"概况\"}}")), 422, "sections.experience"),
                refused("a draft whose problems are all removed", () -> evaluator(Call.post(t.get(), Json.createObjectBuilder()
                        .add("findings", JsonValue.EMPTY_JSON_ARRAY).add("sections", ApiClient.SEED_SECTIONS).build().toString())),
                        422, "findings"),
                accepted("findings and recommendations full of injections are kept as typed", () -> evaluator(Call.post(t.get(),
                        Json.createObjectBuilder().add("findings", titles).add("recommendations", titles)
                                .add("sections", Json.createObjectBuilder(ApiClient.SEED_SECTIONS).add("abstract", ALL_INJECTIONS))
                                .build().toString())),
                        200, a -> {
                            String problem = same("findings", INJECTIONS, titles(a.json().getJsonArray("findings")));
                            return problem != null ? problem
                                    : same("recommendations", INJECTIONS, titles(a.json().getJsonArray("recommendations")));
                        }));
    }

    private List<Case> exchangeViewsCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "exchangeViews") + "/complete";
        return List.of(
                refused("agree as a number", () -> department(Call.post(t.get(), "{\"agree\": 1}")), 422, "agree"),
                refused("comments of 2,001 characters", () -> department(Call.post(t.get(), obj("agree", false, "comments",
                        "意".repeat(2001)))), 422, "comments"),
                accepted("comments full of injections are kept as typed", () -> department(Call.post(t.get(), obj("agree", false,
                        "comments", ALL_INJECTIONS))), 200, a -> comment(a, ALL_INJECTIONS)),
                // a disagreement goes back to the evaluator, who answers each comment before the bureau reviews
                step("the evaluator answers the comments", () -> drive(f, "draftReport", "answering", "evaluator",
                        answersToOpenComments(f))));
    }

    /** A draftReport payload adopting every comment not answered yet. */
    private String answersToOpenComments(long evaluation) {
        var responses = Json.createArrayBuilder();
        detail(evaluation).getJsonArray("comments").stream().map(JsonObject.class::cast)
                .filter(c -> c.isNull("response"))
                .forEach(c -> responses.add(Json.createObjectBuilder().add("commentId", c.getInt("id")).add("response", "ADOPTED")));
        return Json.createObjectBuilder().add("responses", responses).build().toString();
    }

    /** The comment text is in the matrix as typed (split into rows only where the text has lines or numbers). */
    private static String comment(Answer a, String text) {
        String all = a.json().getJsonArray("comments").stream().map(JsonObject.class::cast)
                .map(c -> c.getString("text", "")).collect(java.util.stream.Collectors.joining("\n"));
        return all.contains(text) || INJECTIONS.stream().allMatch(all::contains) ? null
                : "no comment " + text + " in " + a.json().getJsonArray("comments");
    }

    private List<Case> reviewCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "review") + "/complete";
        return List.of(
                refused("approved as null", () -> bureau(Call.post(t.get(), "{\"approved\": null}")), 422, "approved"),
                refused("a return without comments", () -> bureau(Call.post(t.get(), "{\"approved\": false}")), 422, "comments"),
                refused("comments as an array", () -> bureau(Call.post(t.get(), "{\"approved\": false, \"comments\": []}")), 422, "comments"),
                accepted("a return with comments full of injections", () -> bureau(Call.post(t.get(), obj("approved", false,
                        "comments", ALL_INJECTIONS))), 200, a -> {
                    String problem = same("status", "SCORING", a.json().getString("status"));
                    return problem != null ? problem : comment(a, ALL_INJECTIONS);
                }),
                step("score, draft (recommendations kept), agree again", () -> {
                    drive(f, "score", "again", "evaluator", Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed))
                            .build().toString());
                    // scoring again drafts the rules' findings and recommendations afresh: the evaluator keeps its own
                    JsonObject answers = Json.createReader(new java.io.StringReader(answersToOpenComments(f))).readObject();
                    drive(f, "draftReport", "again", "evaluator", Json.createObjectBuilder().add("recommendations",
                            Json.createArrayBuilder(INJECTIONS)).add("responses", answers.getJsonArray("responses")).build().toString());
                    drive(f, "exchangeViews", "again", "department", "{\"agree\": true}");
                }),
                accepted("approval: each recommendation becomes a rectification with its title as typed", () -> bureau(Call.post(
                        "/api/tasks/" + task(f, "review") + "/complete", "{\"approved\": true}")), 200,
                        a -> same("rectifications", INJECTIONS, a.json().getJsonArray("rectifications").stream()
                                .map(r -> r.asJsonObject().getString("title")).toList())));
    }

    private List<Case> planCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "rectificationPlan") + "/complete";
        return List.of(
                refused("measures and due date of the wrong types", () -> department(Call.post(t.get(),
                        "{\"measures\": 5, \"dueDate\": 20270101}")), 422, "measures", "dueDate"),
                refused("a due date in 9999", () -> department(Call.post(t.get(), obj("measures", "x", "dueDate", "9999-12-31"))),
                        422, "dueDate"),
                refused("a due date in the past", () -> department(Call.post(t.get(), obj("measures", "x", "dueDate", "2020-01-01"))),
                        422, "dueDate"),
                refused("measures of 8,001 characters", () -> department(Call.post(t.get(), obj("measures", "措".repeat(8001)))),
                        422, "measures"),
                accepted("measures full of injections are kept as typed", () -> department(Call.post(t.get(),
                        obj("measures", ALL_INJECTIONS))), 200, a -> rectification(a, "measures", ALL_INJECTIONS)));
    }

    private List<Case> evidenceCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "rectificationEvidence") + "/complete";
        JsonArrayBuilder many = Json.createArrayBuilder();
        IntStream.range(0, 400).forEach(i -> many.add(String.format("%03d", i) + "x".repeat(248) + ".pdf"));
        JsonArray manyNames = many.build();
        JsonArrayBuilder names = Json.createArrayBuilder();
        INJECTIONS.forEach(names::add);
        JsonArray injected = names.build();
        return List.of(
                refused("a blank summary and evidence as a string", () -> department(Call.post(t.get(),
                        "{\"summary\": \"\", \"evidence\": \"a.pdf\"}")), 422, "summary", "evidence"),
                refused("a summary of 8,001 characters", () -> department(Call.post(t.get(), Json.createObjectBuilder()
                        .add("summary", "整".repeat(8001)).add("evidence", Json.createArrayBuilder().add("a.pdf")).build().toString())),
                        422, "summary"),
                accepted("400 evidence names of 255 characters (100 KB) are kept whole", () -> department(Call.post(t.get(),
                        Json.createObjectBuilder().add("summary", "已整改").add("evidence", manyNames).build().toString())), 200,
                        a -> rectificationEvidence(a, manyNames.getValuesAs(JsonString::getString))),
                step("the department plans a second rectification", () -> drive(f, "rectificationPlan", "second", "department",
                        obj("measures", "建立预算执行月度分析制度"))),
                accepted("a summary and evidence names full of injections are kept as typed", () -> department(Call.post(t.get(),
                        Json.createObjectBuilder().add("summary", ALL_INJECTIONS).add("evidence", injected).build().toString())), 200,
                        a -> {
                            String problem = rectification(a, "summary", ALL_INJECTIONS);
                            return problem != null ? problem : rectificationEvidence(a, INJECTIONS);
                        }));
    }

    private List<Case> verifyCases() {
        Supplier<String> t = () -> "/api/tasks/" + task(f, "verifyRectification") + "/complete";
        String limit = ALL_INJECTIONS + "。" + "请补充整改佐证材料".repeat(300);
        String comments = limit.substring(0, 2000);
        return List.of(
                refused("accepted as a string", () -> bureau(Call.post(t.get(), "{\"accepted\": \"no\"}")), 422, "accepted"),
                refused("a return without comments", () -> bureau(Call.post(t.get(), "{\"accepted\": false}")), 422, "comments"),
                refused("comments of 2,001 characters", () -> bureau(Call.post(t.get(), obj("accepted", false, "comments",
                        "验".repeat(2001)))), 422, "comments"),
                accepted("a return with 2,000 characters of comments (the limit) full of injections", () -> bureau(Call.post(t.get(),
                        obj("accepted", false, "comments", comments))), 200, a -> rectification(a, "comments", comments)));
    }

    private List<Case> exportCases() {
        return List.of(
                accepted("the audit trail's export holds entries longer than a cell (the 5,000 indicators)", () -> admin(Call.get(
                        "/api/admin/audit/export?action=setTargets")), 200, a -> textCells(a, "…")),
                accepted("the large table's own audit export, as its bureau reads it", () -> bureau(Call.get(
                        "/api/evaluations/" + h + "/audit/export")), 200, a -> textCells(a, "indicator-00000-")),
                accepted("the audit trail's Excel export keeps formula-like text as text", () -> admin(Call.get(
                        "/api/admin/audit/export?action=conflict.add")), 200, a -> textCells(a, ALL_INJECTIONS)),
                accepted("the target and score tables keep an indicator named like a formula as text", () -> bureau(Call.get(
                        "/api/evaluations/" + f + "/tables")), 200, a -> textCells(a, NAME_AS_FORMULA)));
    }

    // ---- building bodies ----------------------------------------------------------------------

    private static String obj(Object... pairs) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v instanceof Boolean x) {
                b.add((String) pairs[i], x);
            } else {
                b.add((String) pairs[i], String.valueOf(v));
            }
        }
        return b.build().toString();
    }

    private static String withIndicator(JsonArray targets, int index, String field, JsonValue value) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < targets.size(); i++) {
            list.add(i == index ? Json.createObjectBuilder(targets.getJsonObject(i)).add(field, value).build() : targets.get(i));
        }
        return Json.createObjectBuilder().add("indicators", list).build().toString();
    }

    private static String fundsWith(JsonObject funds, String field, JsonValue value) {
        return Json.createObjectBuilder().add("funds", Json.createObjectBuilder(funds).add(field, value)).build().toString();
    }

    private static String scoresWith(JsonArray scores, String field, JsonValue value) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < scores.size(); i++) {
            list.add(i == 0 ? Json.createObjectBuilder(scores.getJsonObject(i)).add(field, value).build() : scores.get(i));
        }
        return Json.createObjectBuilder().add("scores", list).build().toString();
    }

    /** 5,000 indicators of 0.02 points each with names of 90 characters: a valid table under the 1 MB body limit. */
    private static String manyTargets() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < 5000; i++) {
            list.add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出指标").add("数量指标")
                    .add(String.format("indicator-%05d-", i) + "x".repeat(74))).add("weight", new java.math.BigDecimal("0.02"))
                    .add("target", "≥1个"));
        }
        String body = Json.createObjectBuilder().add("indicators", list).build().toString();
        if (body.getBytes(StandardCharsets.UTF_8).length >= 1024 * 1024) {
            throw new IllegalStateException("the table must stay under the body limit: " + body.length());
        }
        return body;
    }

    /** 1,600 indicators of 0.0625 points, each level's name 200 characters: just under the 1 MB body limit, all ASCII. */
    private static String longNamedTargets() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < 1600; i++) {
            list.add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("output-" + "a".repeat(193))
                    .add("quantity-" + "b".repeat(191)).add(longName(i))).add("weight", new java.math.BigDecimal("0.0625"))
                    .add("target", ">=1"));
        }
        String body = Json.createObjectBuilder().add("indicators", list).build().toString();
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes >= 1024 * 1024 || bytes < 1_000_000) {
            throw new IllegalStateException("the table must be between 1,000,000 characters and the body limit: " + bytes);
        }
        return body;
    }

    private static String longName(int i) {
        return String.format("indicator-%04d-", i) + "c".repeat(185);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** A one-sheet workbook named 单位目录 with these rows of text. */
    private static byte[] workbook(List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("单位目录");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An xlsx-shaped zip whose sheet unpacks to {@code size} bytes at about 40:1 (as SecurityProbeIT builds it). */
    private static byte[] bomb(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Random random = new Random(7);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] padding = utf8(" ".repeat(400));
            for (long written = 0; written < size; written += padding.length + 8) {
                zip.write(utf8(String.format("%08x", random.nextInt())));
                zip.write(padding);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    // ---- who sends -----------------------------------------------------------------------------

    private static Call bureau(Call c) {
        return c.as("bureau");
    }

    private static Call evaluator(Call c) {
        return c.as("evaluator");
    }

    private static Call department(Call c) {
        return c.as("department");
    }

    private static Call admin(Call c) {
        return c.as("admin");
    }

    // ---- expectations -------------------------------------------------------------------------

    /** Refused with this status, API.md's error body, a 422 naming (at least) these paths; nothing changed. */
    private static Case refused(String name, Supplier<Call> call, int status, String... paths) {
        return new Case(name, call, a -> {
            if (a.status() != status) {
                return "expected " + status + ", answered " + a;
            }
            if (!a.isErrorBody()) {
                return "no error body {error, message, details}: " + a;
            }
            if (status == 422 && a.detailPaths().isEmpty()) {
                return "a 422 without details naming the field: " + a;
            }
            if (!a.detailPaths().containsAll(List.of(paths))) {
                return "expected details naming " + Arrays.toString(paths) + ", got " + a.detailPaths();
            }
            return null;
        });
    }

    /** Accepted with this status, and the text comes back as typed ({@code echo} says what differs). */
    private static Case accepted(String name, Supplier<Call> call, int status, Function<Answer, String> echo) {
        return new Case(name, call, a -> a.status() != status ? "expected " + status + ", answered " + a : echo.apply(a));
    }

    /** Not a case: a step driving the fixture between cases. */
    private static Case step(String name, Runnable drive) {
        return new Case(name, null, a -> {
            drive.run();
            return null;
        });
    }

    private static String same(String what, Object expected, Object actual) {
        return Objects.equals(expected, actual) ? null : what + " came back as " + actual + " instead of " + expected;
    }

    private static List<String> titles(JsonArray items) {
        return items.stream().map(i -> i.asJsonObject().getString("title")).toList();
    }

    private static String history(Answer a, String detail) {
        return a.json().getJsonArray("history").stream().map(JsonObject.class::cast)
                .anyMatch(h -> detail.equals(h.getString("detail", null))) ? null
                : "no history line " + detail + " in " + a.json().getJsonArray("history");
    }

    private static String rectification(Answer a, String field, String text) {
        return a.json().getJsonArray("rectifications").stream().map(JsonObject.class::cast)
                .anyMatch(r -> text.equals(r.getString(field, null))) ? null
                : "no rectification with " + field + " as typed: " + a.json().getJsonArray("rectifications");
    }

    private static String rectificationEvidence(Answer a, List<String> names) {
        return a.json().getJsonArray("rectifications").stream().map(JsonObject.class::cast)
                .filter(r -> r.containsKey("evidence"))
                .anyMatch(r -> names.equals(r.getJsonArray("evidence").getValuesAs(JsonString::getString))) ? null
                : "no rectification with the evidence names as typed";
    }

    /** The workbook has no formula at all, and the text is a text cell as typed. */
    private static String textCells(Answer a, String text) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(a.bytes()))) {
            boolean found = false;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            return "a formula cell " + sheet.getSheetName() + "!" + cell.getAddress() + ": " + cell.getCellFormula();
                        }
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                            found = true;
                        }
                    }
                }
            }
            return found ? null : "no text cell with " + text;
        } catch (IOException e) {
            return "not a workbook: " + e;
        }
    }

    // ---- running ------------------------------------------------------------------------------

    private void run(String stage, List<Case> cases) {
        for (Case c : cases) {
            if (c.call() == null) {
                c.expect().apply(null); // a step, not a case
                continue;
            }
            Map<String, String> before = world();
            Answer a;
            try {
                a = send(c.call().get());
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(stage, c, null, "no answer: " + e));
                continue;
            }
            String problem = a.status() >= 500 ? "a server error: " + a : null;
            if (problem == null) {
                try {
                    problem = c.expect().apply(a);
                } catch (RuntimeException e) {
                    problem = "unexpected answer " + a + " (" + e + ")";
                }
            }
            if (a.status() >= 400) {
                Map<String, String> after = world();
                List<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
                if (!changed.isEmpty()) {
                    problem = (problem == null ? "" : problem + "; ") + "refused (" + a.status() + ") but changed " + changed;
                }
            }
            outcomes.add(new Outcome(stage, c, a, problem));
        }
    }

    private Answer send(Call c) {
        return http.send(c);
    }

    /** What an administrator sees of everything a request could have changed. */
    private Map<String, String> world() {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("audit trail", String.valueOf(http.observe("/api/admin/audit?size=1").json().getJsonNumber("total")));
        w.put("evaluations", HttpCalls.ids(http.observe("/api/evaluations").json(), "id"));
        w.put("organisations", http.observe("/api/admin/organisations").text());
        w.put("users", http.observe("/api/admin/users").text());
        for (long id : watchingLargeTables ? new long[]{f, g, h, h2} : new long[]{f, g}) {
            if (id > 0) {
                w.put("evaluation " + id, http.observe("/api/evaluations/" + id).text());
            }
        }
        return w;
    }

    private String summary() {
        return outcomes.stream().map(o -> "  " + (o.problem() == null ? "ok   " : "FAIL ") + "[" + o.stage() + "] " + o.c().name()
                + (o.problem() == null ? "" : ": " + o.problem())).collect(Collectors.joining("\n"));
    }
}
