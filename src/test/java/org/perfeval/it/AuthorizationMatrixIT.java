package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
 * Who may do what (issue 10), over HTTP on Payara Micro: every endpoint of the API against every
 * caller — the demo accounts, a colleague of each demo party in its own organisation, a second
 * bureau, department and agency set up through the admin API, an account waiting for its password
 * change, nobody, and a wrong password — and every task key of an evaluation driven from its
 * commission to CLOSED. The expected answer of each cell is the table below; every cell is run and
 * every mismatch is listed at the end. A denied request must change nothing: around each denied
 * (and each refused) changing request the test compares the audit trail, the evaluations, the
 * directory and the accounts as an administrator sees them.
 *
 * <p>Codes: {@code A} allowed (2xx); {@code S} allowed and the answer lists the fixture; {@code B}
 * allowed but blind to it (a leak if it is listed); {@code V} passes authorization and is refused by
 * validation (400/422); {@code C} 409, the task is claimed by a colleague; {@code U} 401; {@code F}
 * 403; {@code N} 404 (the policy hides existence). Denials come with API.md's error body.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final String STRONG = "Jinzhong#2026";
    private static final String PENDING_PASSWORD = "Pending#2026x";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /**
     * The callers, one column each: bu bureau (晋中开发区财政局), ev evaluator (山西天正会计师事务所), de department
     * (新能源汽车园事业服务中心), ' a colleague with the same role in the same organisation, ad admin (of the
     * demo bureau), ev2 evaluator2 (晋中恒信, conflicted with the department), bu2/de2/ev3 users of a second
     * bureau, a second department (a unit under the demo department) and a second agency, rst an account
     * whose password an administrator reset (must change it first), ano no credentials, bad a wrong password.
     */
    private static final String COLUMNS = "bu bu' ev ev' de de' ad ev2 bu2 de2 ev3 rst ano bad";
    private static final String[] NAMES = COLUMNS.split(" ");
    /** The column of the account that must change its password first: its 403s say so. */
    private static final int PENDING = 11;

    //                                                              bu bu' ev ev' de de' ad ev2 bu2 de2 ev3 rst ano bad
    private static final String EVALUATION_VISIBLE_LIST         = " S  S   S  S   S  S   S  B   B   B   B   F   U   U";
    private static final String EVALUATION_VISIBLE              = " A  A   A  A   A  A   A  N   N   N   N   F   U   U";
    private static final String EVALUATION_AUDIT                = " A  A   F  F   F  F   A  F   N   F   F   F   U   U";
    private static final String UNKNOWN_EVALUATION              = " N  N   N  N   N  N   N  N   N   N   N   F   U   U";
    private static final String SECOND_EVALUATION               = " N  N   N  N   N  N   A  N   A   A   A   F   U   U";
    private static final String SECOND_EVALUATION_AUDIT         = " N  N   F  F   F  F   A  F   A   F   F   F   U   U";
    // evidence files: uploading takes a party of the evaluation (an administrator reads but does not upload; a
    // multipart body without credentials is a cross-site form to the API, refused before authentication)
    private static final String SECOND_EVALUATION_UPLOAD        = " N  N   N  N   N  N   F  N   A   A   A   F   F   U";
    // only the uploader deletes a file of its own, before a task cites it
    private static final String SECOND_EVALUATION_FILE_DELETE   = " N  N   N  N   N  N   F  N   F   A   F   F   U   U";
    private static final String SECOND_EVALUATION_TASK          = " N  N   N  N   N  N   F  N   F   F   A   F   U   U";
    private static final String DEPARTMENT_NOTIFIED             = " S  S   B  B   S  S   B  B   B   B   B   F   U   U";
    private static final String OWN_NOTIFICATION                = " N  N   N  N   A  N   N  N   N   N   N   F   U   U";
    private static final String ANY_ROLE                        = " A  A   A  A   A  A   A  A   A   A   A   F   U   U";
    private static final String ANY_ROLE_EVEN_PENDING           = " A  A   A  A   A  A   A  A   A   A   A   A   U   U";
    private static final String ANY_ROLE_VALIDATED              = " V  V   V  V   V  V   V  V   V   V   V   V   U   U";
    private static final String SIGN_IN                         = " A  A   A  A   A  A   A  A   A   A   A   A   V   U";
    private static final String BUREAUS                         = " A  A   F  F   F  F   F  F   A   F   F   F   U   U";
    private static final String ADMINISTRATORS                  = " F  F   F  F   F  F   A  F   F   F   F   F   U   U";
    // a task of the agency (accept, setTargets, collectData, score, draftReport)
    private static final String AGENCY_TASK_LISTED              = " B  B   S  S   B  B   B  B   B   B   B   F   U   U";
    private static final String AGENCY_TASK_IMPORT              = " F  F   V  V   F  F   F  N   N   N   N   F   U   U";
    private static final String AGENCY_TASK_WORK                = " F  F   A  C   F  F   F  N   N   N   N   F   U   U";
    // a task of the department (submitData, exchangeViews, rectificationPlan, rectificationEvidence)
    private static final String DEPARTMENT_TASK_LISTED          = " B  B   B  B   S  S   B  B   B   B   B   F   U   U";
    private static final String DEPARTMENT_TASK_IMPORT          = " F  F   F  F   V  V   F  N   N   N   N   F   U   U";
    private static final String DEPARTMENT_TASK_WORK            = " F  F   F  F   A  C   F  N   N   N   N   F   U   U";
    // a task of the bureau (review, verifyRectification)
    private static final String BUREAU_TASK_LISTED              = " S  S   B  B   B  B   B  B   B   B   B   F   U   U";
    private static final String BUREAU_TASK_IMPORT              = " V  V   F  F   F  F   F  N   N   N   N   F   U   U";
    private static final String BUREAU_TASK_WORK                = " A  C   F  F   F  F   F  N   N   N   N   F   U   U";

    enum Group { AGENCY, DEPARTMENT, BUREAU }

    /** How a row's cells are ordered within a stage: denials first, then claims, colleagues, completions. */
    enum Kind { READ, CHANGE, CLAIM, COMPLETE }

    /**
     * One endpoint's cells. {@code writes}: an allowed call changes what an administrator sees (which shows that
     * the comparison around the denied ones would notice a change); {@code witness}: more to compare.
     */
    record Row(String endpoint, Kind kind, char[] codes, IntFunction<Call> call, boolean authenticates,
               Predicate<Answer> sees, Supplier<String> witness, boolean writes) {

        Row quiet() {
            return new Row(endpoint, kind, codes, call, authenticates, sees, witness, false);
        }
    }

    record Cell(String stage, Row row, int column, char expected, Answer answer, String problem, boolean leaked) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("perfeval.war")));
    }

    @ArquillianResource
    URL base;

    private HttpCalls http;
    private ApiClient api;
    private final String[] credentials = new String[NAMES.length];
    private final List<Cell> cells = new ArrayList<>();
    private final String unique = UUID.randomUUID().toString().substring(0, 6);
    private int serial;

    private long demoAgency;
    private long demoDepartment;
    private long secondDepartment;
    private long secondAgency;
    private long spareOrganisation;
    private String spareUser;
    private long evaluation;
    private long secondEvaluation;
    private long evidenceFile;
    private String task;
    private long notification;
    private int adviceYear;

    @Test
    void everyCallerAgainstEveryEndpointAndTaskKey() {
        long t0 = System.nanoTime();
        http = new HttpCalls(base);
        api = new ApiClient(base.toString());
        http.observeAs("admin", "demo");
        setUpOrganisationsAndCallers();

        secondEvaluation = commission("bureau2", bureau2(), Json.createObjectBuilder().add("id", secondDepartment).build(),
                Json.createObjectBuilder().add("id", secondAgency).build());
        evaluation = commission("bureau", "bureau", Json.createObjectBuilder().add("name", "新能源汽车园事业服务中心").build(),
                Json.createObjectBuilder().add("name", "山西天正会计师事务所").build());

        evidenceFile = api.uploadFile("department", evaluation, "预算管理办法.pdf", EvidenceSamples.pdf()).json()
                .getJsonNumber("id").longValue();
        JsonObject seed = ApiClient.seedCase();
        taskStage("accept", Group.AGENCY, Json.createObjectBuilder().add("accepted", true).build());
        taskStage("setTargets", Group.AGENCY, Json.createObjectBuilder().add("indicators", ApiClient.targetsOf(seed)).build());
        taskStage("submitData", Group.DEPARTMENT, Json.createObjectBuilder().add("funds", seed.getJsonObject("funds")).build());
        taskStage("collectData", Group.AGENCY, Json.createObjectBuilder().add("actuals", ApiClient.actualsOf(seed))
                .add("checklist", seed.getJsonObject("checklist")).build());
        taskStage("score", Group.AGENCY, Json.createObjectBuilder().add("scores", ApiClient.scoresOf(seed)).build());
        taskStage("draftReport", Group.AGENCY, ApiClient.draft()
                .add("recommendations", Json.createArrayBuilder().add("提高部门预算编制精准度，降低预算调整率")).build());
        taskStage("exchangeViews", Group.DEPARTMENT, Json.createObjectBuilder().add("agree", true).build());
        taskStage("review", Group.BUREAU, Json.createObjectBuilder().add("approved", true).build());
        taskStage("rectificationPlan", Group.DEPARTMENT, Json.createObjectBuilder()
                .add("measures", "细化预算编制程序，建立预算执行月度分析制度").build());
        taskStage("rectificationEvidence", Group.DEPARTMENT, Json.createObjectBuilder().add("summary", "已修订本单位预算管理办法")
                .add("evidence", Json.createArrayBuilder().add("预算管理办法.pdf")).build());
        taskStage("verifyRectification", Group.BUREAU, Json.createObjectBuilder().add("accepted", true).build());

        JsonObject closed = http.observe("/api/evaluations/" + evaluation).json();
        assertEquals("CLOSED", closed.getString("status"), "the fixture went through every task");
        adviceYear = closed.getJsonObject("budgetAdvice").getInt("budgetYear");
        notification = api.get("department", "/api/notifications").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(n -> n.containsKey("evaluationId")
                        && n.getJsonNumber("evaluationId").longValue() == evaluation && !n.getBoolean("read"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        run("the second bureau's evaluation", secondEvaluationRows());
        run("endpoints", endpointRows());

        long leaked = cells.stream().filter(Cell::leaked).count();
        List<Cell> wrong = cells.stream().filter(c -> c.problem() != null).toList();
        print();
        System.out.printf("AuthorizationMatrixIT: %d cells, %s; %d mismatches; %d s%n", cells.size(),
                leaked == 0 ? "none leaked" : leaked + " leaked", wrong.size(), (System.nanoTime() - t0) / 1_000_000_000);
        if (!wrong.isEmpty()) {
            StringBuilder b = new StringBuilder(wrong.size() + " of " + cells.size() + " cells differ from the table ("
                    + leaked + " leaked):\n");
            wrong.forEach(c -> b.append("  [").append(c.stage()).append("] ").append(c.row().endpoint()).append(" as ")
                    .append(NAMES[c.column()]).append(": expected ").append(c.expected()).append(", ")
                    .append(c.problem()).append('\n'));
            throw new AssertionError(b.toString());
        }
    }

    // ---- the fixtures -------------------------------------------------------------------------

    private void setUpOrganisationsAndCallers() {
        JsonObject directory = http.observe("/api/admin/organisations").json();
        long demoBureau = organisationNamed(directory, "晋中开发区财政局");
        demoAgency = organisationNamed(directory, "山西天正会计师事务所");
        demoDepartment = organisationNamed(directory, "新能源汽车园事业服务中心");
        long secondBureau = organisation("晋中市榆次区财政局 " + unique, "BUREAU", null);
        secondDepartment = organisation("新能源汽车园综合服务站 " + unique, "DEPARTMENT", demoDepartment);
        secondAgency = organisation("山西诚信会计师事务所 " + unique, "AGENCY", null);
        spareOrganisation = organisation("矩阵测试备用单位 " + unique, "DEPARTMENT", null);

        credentials[0] = "bureau";
        credentials[1] = user("bureau-b", "BUREAU", demoBureau);
        credentials[2] = "evaluator";
        credentials[3] = user("evaluator-b", "EVALUATOR", demoAgency);
        credentials[4] = "department";
        credentials[5] = user("department-b", "DEPARTMENT", demoDepartment);
        credentials[6] = "admin";
        credentials[7] = "evaluator2";
        credentials[8] = user("bureau2", "BUREAU", secondBureau);
        credentials[9] = user("department2", "DEPARTMENT", secondDepartment);
        credentials[10] = user("evaluator3", "EVALUATOR", secondAgency);
        String pending = user("pending", "DEPARTMENT", demoDepartment).split(":")[0];
        ApiClient.Reply reset = api.post("admin", "/api/admin/users/" + pending + "/reset-password",
                Json.createObjectBuilder().add("password", PENDING_PASSWORD).build());
        assertEquals(200, reset.status(), reset.body());
        credentials[11] = pending + ":" + PENDING_PASSWORD;
        credentials[12] = null;
        // the throttle allows 100 failures per address in 15 minutes: this column makes fewer than 90
        credentials[13] = "bureau:Wrong#2026x";
        spareUser = user("spare", "DEPARTMENT", secondDepartment).split(":")[0];
        // an administrator that is no demo account, so that deactivating an organisation leaves one who can sign in
        // (on a fresh database the demo admin is the only one, and it does not count)
        user("admin-on-duty", "ADMIN", demoBureau);
    }

    private String bureau2() {
        return credentials[8];
    }

    private static long organisationNamed(JsonObject directory, String name) {
        return directory.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long organisation(String name, String type, Long parentId) {
        var body = Json.createObjectBuilder().add("name", name).add("type", type);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        ApiClient.Reply r = api.post("admin", "/api/admin/organisations", body.build());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private String user(String prefix, String role, long organisationId) {
        String username = prefix + "-" + unique;
        ApiClient.Reply r = api.post("admin", "/api/admin/users", Json.createObjectBuilder().add("username", username)
                .add("password", STRONG).add("role", role).add("organisationId", organisationId).build());
        assertEquals(201, r.status(), r.body());
        return username + ":" + STRONG;
    }

    private long commission(String who, String as, JsonObject subject, JsonObject agency) {
        ApiClient.Reply r = api.post(as, "/api/evaluations", commissionBody(who, subject, agency));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private String commissionBody(String who, JsonObject subject, JsonObject agency) {
        return Json.createObjectBuilder().add("title", "2024年权限矩阵测试 " + who + " " + unique + "-" + (++serial))
                .add("year", 2024).add("kind", "DEPARTMENT").add("subject", subject).add("agency", agency)
                .add("dueDate", LocalDate.now().plusDays(60).toString()).build().toString();
    }

    // ---- the rows -----------------------------------------------------------------------------

    /** The stage of one task key: its rows, then the rightful party completes it with {@code payload}. */
    private void taskStage(String key, Group group, JsonStructure payload) {
        task = http.observe("/api/evaluations/" + evaluation).json().getJsonArray("openTasks").stream()
                .map(JsonObject.class::cast).filter(t -> t.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + key + " task in " + evaluation + "; so far:\n" + report()))
                .getString("id");
        String listed = switch (group) {
            case AGENCY -> AGENCY_TASK_LISTED;
            case DEPARTMENT -> DEPARTMENT_TASK_LISTED;
            case BUREAU -> BUREAU_TASK_LISTED;
        };
        String imports = switch (group) {
            case AGENCY -> AGENCY_TASK_IMPORT;
            case DEPARTMENT -> DEPARTMENT_TASK_IMPORT;
            case BUREAU -> BUREAU_TASK_IMPORT;
        };
        String work = switch (group) {
            case AGENCY -> AGENCY_TASK_WORK;
            case DEPARTMENT -> DEPARTMENT_TASK_WORK;
            case BUREAU -> BUREAU_TASK_WORK;
        };
        String t = task;
        List<Row> rows = List.of(
                read("GET  /api/tasks lists " + key, listed, () -> Call.get("/api/tasks?evaluationId=" + evaluation), a -> HttpCalls.lists(a, "id", t)),
                change("POST /api/tasks/{" + key + "}/import", Kind.CHANGE, imports, c -> Call.of("POST", "/api/tasks/" + t + "/import")
                        .body(HttpCalls.XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8))),
                change("POST /api/tasks/{" + key + "}/claim", Kind.CLAIM, work, c -> Call.of("POST", "/api/tasks/" + t + "/claim")),
                change("POST /api/tasks/{" + key + "}/complete", Kind.COMPLETE, work,
                        c -> Call.post("/api/tasks/" + t + "/complete", payload.toString())));
        run("task " + key, rows);
        boolean stillOpen = http.observe("/api/evaluations/" + evaluation).json().getJsonArray("openTasks").stream()
                .map(JsonObject.class::cast).anyMatch(x -> x.getString("id").equals(t));
        if (stillOpen) {
            throw new AssertionError("the " + key + " task was not completed by its party; so far:\n" + report());
        }
    }

    private List<Row> secondEvaluationRows() {
        String accept = http.observe("/api/evaluations/" + secondEvaluation).json().getJsonArray("openTasks")
                .getJsonObject(0).getString("id");
        long id = secondEvaluation;
        long ownFile = api.uploadFile(credentials[9], id, "单位自查报告.pdf", EvidenceSamples.pdf()).json().getJsonNumber("id").longValue();
        return List.of(
                change("POST /api/evaluations/{E2}/files", Kind.CHANGE, SECOND_EVALUATION_UPLOAD, c -> Call.of("POST",
                        "/api/evaluations/" + id + "/files").body(HttpCalls.MULTIPART, HttpCalls.multipart("file", "佐证" + c + ".pdf", EvidenceSamples.pdf()))),
                change("DELETE /api/files/{de2's file of E2}", Kind.CHANGE, SECOND_EVALUATION_FILE_DELETE,
                        c -> Call.of("DELETE", "/api/files/" + ownFile)),
                read("GET  /api/evaluations/{E2}", SECOND_EVALUATION, () -> Call.get("/api/evaluations/" + id)),
                read("GET  /api/evaluations/{E2}/audit", SECOND_EVALUATION_AUDIT, () -> Call.get("/api/evaluations/" + id + "/audit")),
                change("POST /api/tasks/{E2 accept}/claim", Kind.CLAIM, SECOND_EVALUATION_TASK,
                        c -> Call.of("POST", "/api/tasks/" + accept + "/claim")),
                change("POST /api/tasks/{E2 accept}/complete", Kind.COMPLETE, SECOND_EVALUATION_TASK,
                        c -> Call.post("/api/tasks/" + accept + "/complete", "{\"accepted\": true}")));
    }

    private List<Row> endpointRows() {
        String e = "/api/evaluations/" + evaluation;
        long id = evaluation;
        List<Row> rows = new ArrayList<>();
        rows.add(read("GET  /api/evaluations", EVALUATION_VISIBLE_LIST, () -> Call.get("/api/evaluations"),
                a -> HttpCalls.lists(a, "id", id)));
        rows.add(read("GET  /api/evaluations/{E}", EVALUATION_VISIBLE, () -> Call.get(e)));
        rows.add(read("GET  /api/evaluations/{E}/report (Word)", EVALUATION_VISIBLE,
                () -> Call.get(e + "/report").header("Accept", DOCX)));
        rows.add(read("GET  /api/evaluations/{E}/report (PDF)", EVALUATION_VISIBLE,
                () -> Call.get(e + "/report").header("Accept", "application/pdf")));
        rows.add(read("GET  /api/evaluations/{E}/report/pdf", EVALUATION_VISIBLE, () -> Call.get(e + "/report/pdf")));
        rows.add(read("GET  /api/evaluations/{E}/report/docx", EVALUATION_VISIBLE, () -> Call.get(e + "/report/docx")));
        rows.add(read("GET  /api/evaluations/{E}/diagram", EVALUATION_VISIBLE, () -> Call.get(e + "/diagram")));
        rows.add(read("GET  /api/evaluations/{E}/tables", EVALUATION_VISIBLE, () -> Call.get(e + "/tables")));
        rows.add(read("GET  /api/evaluations/{E}/audit", EVALUATION_AUDIT, () -> Call.get(e + "/audit")));
        rows.add(read("GET  /api/evaluations/{E}/audit/export", EVALUATION_AUDIT, () -> Call.get(e + "/audit/export")));
        rows.add(read("GET  /api/evaluations/{E}/files", EVALUATION_VISIBLE, () -> Call.get(e + "/files"),
                a -> HttpCalls.lists(a, "id", evidenceFile)));
        rows.add(read("GET  /api/files/{F}", EVALUATION_VISIBLE, () -> Call.get("/api/files/" + evidenceFile)));
        rows.add(read("GET  /api/evaluations/999999999", UNKNOWN_EVALUATION, () -> Call.get("/api/evaluations/999999999")));
        rows.add(read("GET  /api/rectifications", EVALUATION_VISIBLE_LIST, () -> Call.get("/api/rectifications"),
                a -> HttpCalls.lists(a, "evaluationId", id)));
        rows.add(read("GET  /api/rectifications?overdue=true", ANY_ROLE, () -> Call.get("/api/rectifications?overdue=true")));
        rows.add(read("GET  /api/budget-advice?year={year}", EVALUATION_VISIBLE_LIST,
                () -> Call.get("/api/budget-advice?year=" + adviceYear), a -> HttpCalls.lists(a, "id", id)));
        rows.add(read("GET  /api/notifications", DEPARTMENT_NOTIFIED, () -> Call.get("/api/notifications"),
                a -> HttpCalls.lists(a, "evaluationId", id)));
        rows.add(new Row("POST /api/notifications/{department's}/read", Kind.CHANGE, codes(OWN_NOTIFICATION),
                c -> Call.of("POST", "/api/notifications/" + notification + "/read"), true, null,
                () -> api.get("department", "/api/notifications").body(), true));
        rows.add(read("GET  /api/labels", ANY_ROLE, () -> Call.get("/api/labels")));
        rows.add(read("GET  /api/indicator-library", ANY_ROLE, () -> Call.get("/api/indicator-library")));
        rows.add(read("GET  /api/indicator-library/department-overall", ANY_ROLE,
                () -> Call.get("/api/indicator-library/department-overall")));
        String seed = ApiClient.seedCase().toString();
        rows.add(read("POST /api/scoring/preview", ANY_ROLE, () -> Call.post("/api/scoring/preview", seed)));
        rows.add(change("POST /api/evaluations", Kind.CHANGE, BUREAUS, c -> Call.post("/api/evaluations",
                commissionBody(NAMES[c], Json.createObjectBuilder().add("id", secondDepartment).build(),
                        Json.createObjectBuilder().add("id", secondAgency).build()))));
        rows.add(read("GET  /api/session", ANY_ROLE_EVEN_PENDING, () -> Call.get("/api/session")));
        rows.add(change("DELETE /api/session", Kind.CHANGE, ANY_ROLE_EVEN_PENDING, c -> Call.of("DELETE", "/api/session")).quiet());
        rows.add(change("POST /api/session/password (wrong current one)", Kind.CHANGE, ANY_ROLE_VALIDATED,
                c -> Call.post("/api/session/password", "{\"currentPassword\": \"not-it\", \"newPassword\": \"x\"}")));
        rows.add(new Row("POST /api/session (sign-in with the caller's own credentials)", Kind.CHANGE, codes(SIGN_IN),
                this::signIn, false, null, null, false));

        String admin = "/api/admin";
        rows.add(read("GET  /api/admin/organisations", ADMINISTRATORS, () -> Call.get(admin + "/organisations")));
        rows.add(change("POST /api/admin/organisations", Kind.CHANGE, ADMINISTRATORS, c -> Call.post(admin + "/organisations",
                Json.createObjectBuilder().add("name", "矩阵测试单位 " + unique + "-" + (++serial)).add("type", "DEPARTMENT")
                        .build().toString())));
        rows.add(change("POST /api/admin/organisations/import", Kind.CHANGE, ADMINISTRATORS,
                c -> Call.of("POST", admin + "/organisations/import").body(HttpCalls.XLSX,
                        directoryWorkbook("矩阵导入单位 " + unique + "-" + (++serial)))));
        rows.add(change("PUT  /api/admin/organisations/{id}", Kind.CHANGE, ADMINISTRATORS,
                c -> Call.of("PUT", admin + "/organisations/" + spareOrganisation).json(Json.createObjectBuilder()
                        .add("name", "矩阵测试备用单位 " + unique + " 改" + (++serial)).build().toString())));
        rows.add(change("POST /api/admin/organisations/{id}/deactivate", Kind.CHANGE, ADMINISTRATORS,
                c -> Call.of("POST", admin + "/organisations/" + spareOrganisation + "/deactivate")));
        rows.add(change("POST /api/admin/organisations/{id}/activate", Kind.CHANGE, ADMINISTRATORS,
                c -> Call.of("POST", admin + "/organisations/" + spareOrganisation + "/activate")));
        rows.add(change("POST /api/admin/conflicts", Kind.CHANGE, ADMINISTRATORS, c -> Call.post(admin + "/conflicts",
                Json.createObjectBuilder().add("agencyId", secondAgency).add("departmentId", spareOrganisation)
                        .add("reason", "权限矩阵测试").build().toString())));
        rows.add(read("GET  /api/admin/users", ADMINISTRATORS, () -> Call.get(admin + "/users")));
        rows.add(change("POST /api/admin/users", Kind.CHANGE, ADMINISTRATORS, c -> Call.post(admin + "/users",
                Json.createObjectBuilder().add("username", "matrix-" + unique + "-" + (++serial)).add("password", STRONG)
                        .add("role", "DEPARTMENT").add("organisationId", secondDepartment).build().toString())));
        rows.add(change("POST /api/admin/users/{name}/disable", Kind.CHANGE, ADMINISTRATORS,
                c -> Call.of("POST", admin + "/users/" + spareUser + "/disable")));
        rows.add(change("POST /api/admin/users/{name}/enable", Kind.CHANGE, ADMINISTRATORS,
                c -> Call.of("POST", admin + "/users/" + spareUser + "/enable")));
        rows.add(change("POST /api/admin/users/{name}/reset-password", Kind.CHANGE, ADMINISTRATORS,
                c -> Call.of("POST", admin + "/users/" + spareUser + "/reset-password")));
        rows.add(read("GET  /api/admin/audit", ADMINISTRATORS, () -> Call.get(admin + "/audit")));
        rows.add(read("GET  /api/admin/audit/export", ADMINISTRATORS, () -> Call.get(admin + "/audit/export")));
        rows.add(read("GET  /api/admin/audit/verify", ADMINISTRATORS, () -> Call.get(admin + "/audit/verify")));
        return rows;
    }

    /** The sign-in form with the caller's own user name and password (nothing at all for nobody). */
    private Call signIn(int column) {
        String who = credentials[column];
        if (who == null) {
            return Call.post("/api/session", "{}");
        }
        String[] parts = who.contains(":") ? who.split(":", 2) : new String[]{who, "demo"};
        return Call.post("/api/session", Json.createObjectBuilder().add("username", parts[0]).add("password", parts[1])
                .build().toString());
    }

    private static byte[] directoryWorkbook(String name) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("单位目录");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("单位名称");
            header.createCell(1).setCellValue("单位类型");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(name);
            row.createCell(1).setCellValue("部门");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row read(String endpoint, String codes, Supplier<Call> call) {
        return new Row(endpoint, Kind.READ, codes(codes), c -> call.get(), true, null, null, false);
    }

    private static Row read(String endpoint, String codes, Supplier<Call> call, Predicate<Answer> sees) {
        return new Row(endpoint, Kind.READ, codes(codes), c -> call.get(), true, sees, null, false);
    }

    private static Row change(String endpoint, Kind kind, String codes, IntFunction<Call> call) {
        return new Row(endpoint, kind, codes(codes), call, true, null, null, true);
    }

    private static char[] codes(String row) {
        String[] cols = row.trim().split("\\s+");
        if (cols.length != NAMES.length) {
            throw new IllegalArgumentException("a row has " + NAMES.length + " columns: " + row);
        }
        char[] out = new char[cols.length];
        for (int i = 0; i < cols.length; i++) {
            if (cols[i].length() != 1 || "ASBVCUFN".indexOf(cols[i].charAt(0)) < 0) {
                throw new IllegalArgumentException("unknown code " + cols[i] + " in " + row);
            }
            out[i] = cols[i].charAt(0);
        }
        return out;
    }

    // ---- running the cells --------------------------------------------------------------------

    /** Denials and refusals first (nothing may change), then claims, then colleagues' attempts, then completions. */
    private static int phase(Row row, char code) {
        if (row.kind() == Kind.READ || "ASBC".indexOf(code) < 0) {
            return 0;
        }
        if (code == 'C') {
            return 2;
        }
        return row.kind() == Kind.COMPLETE ? 3 : 1;
    }

    private void run(String stage, List<Row> rows) {
        List<int[]> order = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < NAMES.length; c++) {
                order.add(new int[]{phase(rows.get(r), rows.get(r).codes()[c]), r, c});
            }
        }
        order.sort(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1]).thenComparingInt(o -> o[2]));
        for (int[] o : order) {
            cells.add(cell(stage, rows.get(o[1]), o[2]));
        }
    }

    private Cell cell(String stage, Row row, int column) {
        char expected = row.codes()[column];
        boolean watched = row.kind() != Kind.READ && "ASB".indexOf(expected) < 0;
        boolean proving = row.writes() && expected == 'A';
        Map<String, String> before = watched || proving ? world(row) : null;
        Call call = row.call().apply(column);
        Answer answer = http.send(row.authenticates() ? call.as(credentials[column]) : call);
        String problem = judge(expected, answer, row, column);
        boolean denial = "UFNC".indexOf(expected) >= 0;
        boolean leaked = denial && answer.success() || expected == 'B' && answer.success() && problem != null;
        if (proving && answer.success() && before.equals(world(row))) {
            problem = "allowed, but nothing an administrator sees changed";
        }
        if (watched) {
            Map<String, String> after = world(row);
            List<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
            if (!changed.isEmpty()) {
                problem = (problem == null ? "answered " + answer.status() : problem) + " and changed " + changed;
                leaked |= denial;
            }
        }
        return new Cell(stage, row, column, expected, answer, problem, leaked);
    }

    private static String judge(char expected, Answer a, Row row, int column) {
        boolean ok = switch (expected) {
            case 'A' -> a.success();
            case 'S' -> a.success() && row.sees().test(a);
            case 'B' -> a.success() && !row.sees().test(a);
            case 'V' -> (a.status() == 400 || a.status() == 422) && a.isErrorBody();
            case 'C' -> a.status() == 409 && a.isErrorBody();
            case 'U' -> a.status() == 401 && a.isErrorBody();
            case 'F' -> a.status() == 403 && a.isErrorBody()
                    && (column != PENDING || "password_change_required".equals(a.json().getString("error", "")));
            case 'N' -> a.status() == 404 && a.isErrorBody();
            default -> false;
        };
        if (ok) {
            return null;
        }
        if (expected == 'S' && a.success()) {
            return "answered " + a.status() + " without the fixture";
        }
        if (expected == 'B' && a.success()) {
            return "answered " + a.status() + " WITH the fixture (leak): " + a.excerpt();
        }
        return "answered " + a;
    }

    /** What an administrator sees of the data a changing request could touch. */
    private Map<String, String> world(Row row) {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("audit trail", String.valueOf(http.observe("/api/admin/audit?size=1").json().getJsonNumber("total")));
        JsonObject evaluations = http.observe("/api/evaluations").json();
        w.put("evaluations", HttpCalls.ids(evaluations, "id") + " of " + evaluations.getInt("total"));
        if (evaluation > 0) {
            w.put("evaluation E", http.observe("/api/evaluations/" + evaluation).text());
        }
        if (secondEvaluation > 0) {
            w.put("evaluation E2", http.observe("/api/evaluations/" + secondEvaluation).text());
        }
        w.put("organisations", http.observe("/api/admin/organisations").text());
        w.put("users", http.observe("/api/admin/users").text());
        if (row.witness() != null) {
            w.put("the department's notifications", row.witness().get());
        }
        return w;
    }

    // ---- the printout -------------------------------------------------------------------------

    private void print() {
        System.out.println(report());
    }

    /** Each stage's rows with the status each caller got; '!' marks a cell that differs from the table. */
    private String report() {
        StringBuilder b = new StringBuilder();
        Map<String, Map<Row, String[]>> stages = new LinkedHashMap<>();
        for (Cell c : cells) {
            String[] line = stages.computeIfAbsent(c.stage(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(c.row(), r -> new String[NAMES.length]);
            line[c.column()] = c.expected() + String.valueOf(c.answer().status()) + (c.problem() == null ? " " : "!");
        }
        stages.forEach((stage, rows) -> {
            b.append("== ").append(stage).append('\n').append(String.format("%-60s", ""));
            for (String n : NAMES) {
                b.append(String.format("%-6s", n));
            }
            b.append('\n');
            rows.forEach((row, line) -> {
                String name = row.endpoint().length() > 59 ? row.endpoint().substring(0, 59) : row.endpoint();
                b.append(String.format("%-60s", name));
                for (String s : line) {
                    b.append(String.format("%-6s", s == null ? "-" : s));
                }
                b.append('\n');
            });
        });
        return b.toString();
    }
}
