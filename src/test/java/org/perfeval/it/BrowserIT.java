package org.perfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed case through the web UI in Debian's headless Chromium, as the bureau, the evaluator
 * and the department would do it at 1366×768: scoring with the live preview (85.5, 良), the draft,
 * the exchange of views with two comments answered by the evaluator (the comment matrix), approval,
 * rectification with one item left to go overdue (the overdue flag), closing with budget advice, and a
 * commission with a bad field; the administrator's directory, accounts (a reset password that must
 * be changed at the next sign-in) and audit trail; first of all an evidence file uploaded, listed and
 * previewed, and the scoring screen's marks on the indicators without evidence. Screenshots of each main screen go to
 * target/screenshots; no page may break its Content Security Policy (the browser's console is read
 * after each test).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static final String SEED_TITLE = "2022年新能源汽车园事业服务中心部门整体支出绩效评价";

    private static RunningApp app;
    /** The demo seed evaluation: other tests may share the database (PostgreSQL run), so everything here is about this one. */
    private static long seedId;
    private static WebDriver browser;
    private static WebDriverWait wait;
    /** For the moments a script replaces the page (login, logout). */
    private static WebDriverWait navigation;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equals(System.getenv("PERFEVAL_REQUIRE_PREREQUISITES"))) {
            assertTrue(present, "chromium and chromium-driver (Debian) are required: .ci/run installs them");
        }
        Assumptions.assumeTrue(present, "browser tests need Debian's chromium and chromium-driver");
        Files.createDirectories(SHOTS);
        // rectification deadlines of 75 s, so that the overdue flag appears during the test
        app = new RunningApp(Map.of("PERFEVAL_RECTIFICATION_PERIOD", "PT75S", "PERFEVAL_RECTIFICATION_REMINDER_LEAD", "PT30S"));
        app.start();
        seedId = seedWaitingForScoring(app.api());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        // the console, where Chromium reports what the Content Security Policy refused
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1366, 768));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // login and logout navigate from script after a fetch: a lookup that meets the page being
        // replaced fails with "aborted by navigation", which only means "not there yet"
        navigation = new WebDriverWait(browser, Duration.ofSeconds(20));
        navigation.ignoring(WebDriverException.class);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    /** Inline script, inline event handlers and style attributes are refused by the CSP: no screen may need them. */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        if (browser == null) {
            return;
        }
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        assertTrue(violations.isEmpty(), "CSP violations: " + violations);
    }

    @Test
    void seedCaseThroughTheWholeLifecycleAsTheThreeRoles() throws Exception {
        try {
            walkTheLifecycle();
        } catch (Throwable failure) {
            screenshot("failure");
            throw failure;
        }
    }

    private void walkTheLifecycle() throws Exception {
        // login: a wrong password is told on the page
        browser.get(app.url() + "/index.html");
        shot("01-login");
        typeCredentials("evaluator", "wrong");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "错误"));
        loginWithKeyboardOnly("evaluator", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#task-list tr[data-key='score'] a")));
        shot("02-evaluator-home");

        // scoring with the live preview
        openTask("score");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-table")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#score-table tbody tr"));
        for (WebElement row : rows) {
            List<WebElement> level = row.findElements(By.cssSelector("select.lv"));
            if (!level.isEmpty()) {
                new Select(level.get(0)).selectByValue("ACHIEVED");
            }
        }
        WebElement rules = row(rows, "预算绩效管理制度健全性");
        new Select(rules.findElement(By.cssSelector("select.lv"))).selectByValue("NOT_ACHIEVED");
        rules.findElement(By.cssSelector("input.sc")).sendKeys("0.5");
        rules.findElement(By.cssSelector("input.rs")).sendKeys("未成立预算绩效管理工作领导小组，未制定本单位预算绩效管理制度");
        WebElement tax = row(rows, "税收增长");
        new Select(tax.findElement(By.cssSelector("select.lv"))).selectByValue("PARTLY");
        tax.findElement(By.cssSelector("input.sc")).sendKeys("2.8");
        wait.until(ExpectedConditions.textToBePresentInElement(tax, "理由"));  // the preview says what is missing
        tax.findElement(By.cssSelector("input.rs")).sendKeys("园区税收有所增长，但增幅低于预期");
        wait.until(ExpectedConditions.textToBe(By.id("preview-total"), "85.5"));
        assertEquals("良", browser.findElement(By.id("preview-grade")).getText());
        assertTrue(row(rows, "预算调整率").getText().contains("按分档得0分"), "explanation per indicator");
        // evidence for a computed indicator without any ({path, evidence} only): the demo's accounts
        WebElement visits = row(rows, "入企调研频次");
        assertTrue(visits.findElement(By.cssSelector(".no-evidence")).isDisplayed());
        visits.findElement(By.cssSelector("details.picker summary")).click();
        visits.findElements(By.cssSelector("details.picker label.file-check")).stream()
                .filter(l -> l.getText().contains("2022年部门决算报表.pdf")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo's evidence is offered")).findElement(By.tagName("input")).click();
        assertFalse(visits.findElement(By.cssSelector(".no-evidence")).isDisplayed());
        shot("03-scoring-preview");

        // a score outside its band is refused on submit, shown next to its field, and nothing is stored
        WebElement taxScore = tax.findElement(By.cssSelector("input.sc"));
        taxScore.clear();
        taxScore.sendKeys("3.9");
        browser.findElement(By.id("task-submit")).click();
        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-table .field-error")));
        assertTrue(error.getText().contains("部分达成"), error.getText());
        shot("04-scoring-error");
        taxScore = tax.findElement(By.cssSelector("input.sc"));
        taxScore.clear();
        taxScore.sendKeys("2.8");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("evaluation-total"), "85.5"));
        // the demo's data collection cites evidence for 6 of the 30 indicators, the scoring one more
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-completeness"), "佐证完整度：7/30 个指标"));
        assertEquals("良", browser.findElement(By.id("evaluation-grade")).getText());
        assertTrue(browser.findElement(By.id("findings")).getText().contains("预算资金调整率较大"));
        waitForImage("diagram");
        shot("05-evaluation-scored");

        // the draft: the seed's three problems as paragraphs with its figures; the screen lists what is still to write
        openTask("draftReport");
        assertEquals(3, browser.findElements(By.cssSelector("#finding-list textarea[id^=fd-]")).size());
        assertTrue(browser.findElement(By.id("fdt-0")).getAttribute("value").contains("预算调整率为38.63%"));
        assertTrue(browser.findElement(By.id("sec-abstract")).getAttribute("value").contains("综示晋开财发〔2023〕156号"));
        assertEquals(List.of("部门概况", "主要经验和做法"), browser.findElements(By.cssSelector("#report-gaps li")).stream()
                .map(WebElement::getText).toList());
        browser.findElement(By.id("sec-overview")).sendKeys("新能源汽车园事业服务中心为公益一类事业单位，内设2个科室。");
        assertEquals(List.of("主要经验和做法"), browser.findElements(By.cssSelector("#report-gaps li")).stream()
                .map(WebElement::getText).toList());
        // submitted with a section empty: refused, the field marked
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sec-experience.invalid")));
        browser.findElement(By.id("sec-experience")).sendKeys("积极建链补链强链，壮大汽车产业集群。");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-gaps"), "报告各必填部分均已填写"));
        shot("06-draft-report");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-total")));
        logout();

        // the department answers the draft with two numbered comments: two rows of the comment matrix
        login("department", "demo");
        openTask("exchangeViews");
        browser.findElements(By.name("agree")).get(1).click();
        browser.findElement(By.id("f-comments")).sendKeys("1、预算调整系上级统筹收回资金所致\n2、<b>政府采购</b>执行率低系项目延期所致");
        browser.findElement(By.id("task-submit")).click();
        WebElement matrix = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-matrix")));
        assertEquals(2, matrix.findElements(By.cssSelector("tbody tr")).size());
        assertTrue(matrix.getText().contains("<b>政府采购</b>"), "a comment is shown as written, not as markup");
        assertEquals(2, matrix.findElements(By.cssSelector(".flag")).size(), "both comments open");
        logout();

        // the evaluator answers each comment in the draft: an unanswered one and a missing reason are marked at their fields
        login("evaluator", "demo");
        openTask("draftReport");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cr-0 + .field-error")));
        new Select(browser.findElement(By.id("cr-0"))).selectByValue("ADOPTED");
        new Select(browser.findElement(By.id("cr-1"))).selectByValue("NOT_ADOPTED");
        browser.findElement(By.id("cs-0")).sendKeys("已在“存在的问题”中补充预算调整原因");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ce-1 + .field-error")));
        browser.findElement(By.id("ce-1")).sendKeys("执行率按年度政府采购预算计算，项目延期不改变口径");
        shot("06b-answer-comments");
        browser.findElement(By.id("task-submit")).click();
        matrix = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-matrix")));
        assertEquals(List.of("采纳", "未采纳"), matrix.findElements(By.cssSelector("td.response")).stream()
                .map(WebElement::getText).toList());
        logout();

        // the bureau reviews the draft with its answered comments and approves: the evaluation is published and rectification starts
        login("bureau", "demo");
        openTask("review");
        assertTrue(browser.findElement(By.cssSelector("#task-form .result-total")).getText().contains("85.5"));
        assertTrue(browser.findElement(By.cssSelector("#task-form #comment-matrix")).getText().contains("执行率按年度政府采购预算计算"));
        shot("07-bureau-review");
        browser.findElement(By.id("task-submit")).click();
        WebElement rect = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rectifications")));
        assertEquals(3, rect.findElements(By.cssSelector("tbody tr")).size());
        // the bureau reads the evaluation's audit trail: its approval, what the scoring changed, old → new
        WebElement review = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#evaluation-audit tr[data-action='review']")));
        assertEquals("bureau", review.findElements(By.tagName("td")).get(2).getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", review);
        shot("07b-bureau-evaluation-audit");
        assertTrue(browser.findElement(By.id("evaluation-audit-export")).getAttribute("href")
                .endsWith("/api/evaluations/" + seedId + "/audit/export"));
        logout();

        // the department rectifies two items at once and leaves one to go overdue
        login("department", "demo");
        browser.get(app.url() + "/app.html#/notifications");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notification-list"), "整改"));
        shot("08-department-notifications");
        for (int i = 0; i < 2; i++) {
            openTask("rectificationPlan");
            browser.findElement(By.id("f-measures")).sendKeys("细化预算编制程序，建立预算执行月度分析制度");
            browser.findElement(By.id("task-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-total")));
            openTask("rectificationEvidence");
            browser.findElement(By.id("f-summary")).sendKeys("已修订本单位预算管理办法");
            browser.findElement(By.id("f-evidence")).sendKeys("预算管理办法.pdf");
            if (i == 0) {
                // a file uploaded right on the task screen comes checked and is cited by id
                Path revised = Files.createTempDirectory("perfeval-evidence").resolve("预算管理办法修订稿.pdf");
                writePdf(revised, "Budget management rules, revised");
                browser.findElement(By.id("task-evidence-input")).sendKeys(revised.toAbsolutePath().toString());
                WebElement picked = new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElements(By.cssSelector("#evidence-choices label.file-check")).stream()
                                .filter(l -> l.getText().contains("预算管理办法修订稿.pdf")).findFirst().orElse(null));
                assertTrue(picked.findElement(By.tagName("input")).isSelected(), "the new upload is cited");
                shot("08b-rectification-evidence-upload");
            }
            browser.findElement(By.id("task-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-total")));
        }
        // the rectification lists the file; cited by a submitted step, it is locked: no more delete or replace
        assertTrue(browser.findElement(By.id("rectifications")).getText().contains("预算管理办法修订稿.pdf"));
        WebElement locked = tableRow("evidence-files", "预算管理办法修订稿.pdf");
        assertFalse(locked.findElements(By.cssSelector(".flag.locked")).isEmpty(), locked.getText());
        assertTrue(locked.findElements(By.cssSelector("button[data-act]")).isEmpty(), locked.getText());
        logout();

        // the bureau verifies both, then sees the third overdue
        login("bureau", "demo");
        for (int i = 0; i < 2; i++) {
            openTask("verifyRectification");
            browser.findElement(By.id("task-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-total")));
        }
        long deadline = System.currentTimeMillis() + 150_000;
        boolean overdue = false;
        while (!overdue && System.currentTimeMillis() < deadline) {
            Thread.sleep(3000);
            browser.get(app.url() + "/app.html#/evaluations");
            browser.navigate().refresh();
            overdue = !rowInBureauList(seedId, "RECTIFICATION").findElements(By.cssSelector(".flag.overdue")).isEmpty();
        }
        assertTrue(overdue, "the overdue flag appears in the bureau's list");
        shot("09-bureau-list-overdue");
        logout();

        // the department finishes late; the bureau's acceptance closes the evaluation with its advice
        login("department", "demo");
        openTask("rectificationPlan");
        browser.findElement(By.id("f-measures")).sendKeys("成立预算绩效管理领导小组");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-total")));
        openTask("rectificationEvidence");
        browser.findElement(By.id("f-summary")).sendKeys("已成立领导小组");
        browser.findElement(By.id("f-evidence")).sendKeys("成立文件.pdf");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-total")));
        logout();
        login("bureau", "demo");
        openTask("verifyRectification");
        browser.findElement(By.id("task-submit")).click();
        WebElement advice = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("advice")));
        assertTrue(advice.getText().contains("良") && advice.getText().contains("整改未按期完成"), advice.getText());
        waitForImage("diagram");
        shot("10-evaluation-closed");

        browser.get(app.url() + "/app.html#/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-grades canvas")));
        Thread.sleep(1200); // chart animation
        assertTrue(browser.findElement(By.id("advice-table")).getText().contains("新能源汽车园事业服务中心"));
        shot("11-bureau-dashboard");

        // commissioning: a bad field is shown next to it
        browser.get(app.url() + "/app.html#/commission");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commission-form")));
        browser.findElement(By.cssSelector("#commission-form button[type=submit]")).click();
        WebElement titleError = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#f-title + .field-error")));
        assertFalse(titleError.getText().isBlank());
        shot("12-commission-error");
        browser.findElement(By.id("f-title")).sendKeys("2023年新能源汽车园事业服务中心部门整体支出绩效评价");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('f-dueDate').value = arguments[0]",
                java.time.LocalDate.now().plusDays(60).toString());
        // the document it is commissioned under, which the report's 摘要 will cite
        browser.findElement(By.id("f-basisTitle")).sendKeys("示范区晋中开发区财政局关于印发〈2024年度区级财政重点绩效评价实施方案〉的通知");
        browser.findElement(By.id("f-basisNumber")).sendKeys("综示晋开财发〔2024〕1号");
        browser.findElement(By.cssSelector("#commission-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary-bar"), "已委托"));
        assertTrue(browser.findElement(By.id("evaluation-basis")).getText().endsWith("的通知》（综示晋开财发〔2024〕1号）"));
        assertNoHorizontalScroll();
        shot("13-commissioned");
    }

    @Test
    void newEvaluationFromCommissionThroughTargetsAndDataToScoring() throws Exception {
        try {
            commissionToScoring();
        } catch (Throwable failure) {
            shot("failure-new-evaluation");
            throw failure;
        }
    }

    private void commissionToScoring() throws Exception {
        browser.get(app.url() + "/index.html");
        login("bureau", "demo");
        browser.get(app.url() + "/app.html#/commission");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-title")))
                .sendKeys("2023年新能源汽车园事业服务中心部门整体支出绩效评价（界面测试）");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('f-dueDate').value = arguments[0]",
                java.time.LocalDate.now().plusDays(60).toString());
        browser.findElement(By.cssSelector("#commission-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("#/evaluation/"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*#/evaluation/", ""));
        logout();

        // the agency accepts and sets targets from the library's department framework
        login("evaluator", "demo");
        openTask(id, "accept");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary-bar"), "目标设定"));
        openTask(id, "setTargets");
        new Select(browser.findElement(By.id("f-template"))).selectByValue("department-overall");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#targets tbody tr"), 13));
        wait.until(ExpectedConditions.textToBe(By.id("weights-total"), "100"));
        WebElement firstWeight = browser.findElement(By.cssSelector("#targets tbody tr .w"));
        firstWeight.clear();
        firstWeight.sendKeys("9");
        wait.until(ExpectedConditions.textToBe(By.id("weights-total"), "99"));
        assertEquals("bad", browser.findElement(By.id("weights-total")).getAttribute("class"));
        shot("14-target-setting");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".weights-error + .field-error"), "100"));
        firstWeight.clear();
        firstWeight.sendKeys("10");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary-bar"), "数据采集"));

        // the evaluator's field data
        openTask(id, "collectData");
        Map<String, String> actuals = Map.of("重点工作任务完成数量", "11个", "重点工作任务达标率", "100%",
                "重点工作成本控制", "96万元", "服务对象满意度", "91%");
        for (WebElement row : browser.findElements(By.cssSelector("#task-form tbody tr"))) {
            actuals.forEach((name, value) -> {
                if (row.getText().contains(name)) {
                    row.findElement(By.tagName("input")).sendKeys(value);
                }
            });
        }
        browser.findElement(By.id("c-group")).click();
        shot("15-collect-data");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-total")));
        logout();

        // the department's funds
        login("department", "demo");
        openTask(id, "submitData");
        Map<String, String> funds = Map.of("initialBudget", "44.84", "adjustedBudget", "27.52", "expenditure", "27.52",
                "procurementBudget", "5.22", "procurementExecuted", "1.56");
        browser.findElement(By.id("f-expenditure")).sendKeys("二十七");
        browser.findElement(By.id("task-submit")).click();
        WebElement fundError = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#f-expenditure + .field-error")));
        assertTrue(fundError.getText().contains("数字"), fundError.getText());
        browser.findElement(By.id("f-expenditure")).clear();
        funds.forEach((field, value) -> browser.findElement(By.id("f-" + field)).sendKeys(value));
        browser.findElement(By.id("f-evidence")).sendKeys("2023年部门决算报表.xlsx");
        shot("16-submit-funds");
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary-bar"), "评分"));
        logout();

        // scoring: every qualitative indicator achieved; the preview totals the computed ones
        login("evaluator", "demo");
        openTask(id, "score");
        for (WebElement level : browser.findElements(By.cssSelector("#score-table select.lv"))) {
            new Select(level).selectByValue("ACHIEVED");
        }
        // 8 + 0 (adjustment 38.63 %) + 1.2 (procurement 29.89 %) + 10 × 100/96 capped… as the engine computes it
        wait.until(d -> !d.findElement(By.id("preview-total")).getText().equals("—"));
        String previewTotal = browser.findElement(By.id("preview-total")).getText();
        browser.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("evaluation-total"), previewTotal));
        assertFalse(browser.findElement(By.id("evaluation-grade")).getText().equals("—"));
        shot("17-new-evaluation-scored");
        logout();
    }

    @Test
    void administratorSetsUpADepartmentAndAnAccountWhoseResetPasswordIsChangedAtSignIn() throws Exception {
        try {
            administration();
        } catch (Throwable failure) {
            screenshot("failure-administration");
            throw failure;
        }
    }

    private void administration() throws Exception {
        // names of their own: on PostgreSQL other tests share the directory
        String suffix = Long.toString(System.currentTimeMillis() % 100_000_000L);
        String department = "晋中市界面测试局" + suffix;
        String username = "ui.tester" + suffix;
        browser.get(app.url() + "/index.html");
        login("admin", "demo");
        for (String page : List.of("directory", "accounts", "audit")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav a[href='#/" + page + "']")));
        }

        // the directory: a code that is no 预算单位编码 is marked at its field; then the department is added
        browser.get(app.url() + "/app.html#/directory");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisation-list")));
        browser.findElement(By.id("f-name")).sendKeys(department);
        new Select(browser.findElement(By.id("f-type"))).selectByValue("DEPARTMENT");
        browser.findElement(By.id("f-code")).sendKeys("12ab");
        browser.findElement(By.id("organisation-submit")).click();
        WebElement codeError = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#f-code + .field-error")));
        assertTrue(codeError.getText().contains("数字"), codeError.getText());
        shot("18-directory-error");
        WebElement code = browser.findElement(By.id("f-code"));
        code.clear();
        code.sendKeys("9" + suffix);
        new Select(browser.findElement(By.id("f-parent"))).selectByVisibleText("新能源汽车园事业服务中心");
        browser.findElement(By.id("organisation-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory-notice"), department));
        WebElement listed = tableRow("organisation-list", department);
        assertTrue(listed.getText().contains("9" + suffix) && listed.getText().contains("新能源汽车园事业服务中心")
                && listed.getText().contains("预算单位"), listed.getText());
        shot("19-directory");

        // an account for it; its password reset to a one-time password, shown once
        browser.get(app.url() + "/app.html#/accounts");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-list")));
        browser.findElement(By.id("f-username")).sendKeys(username);
        browser.findElement(By.id("f-displayName")).sendKeys("界面测试员");
        browser.findElement(By.id("f-password")).sendKeys("Jinzhong#2026");
        new Select(browser.findElement(By.id("f-role"))).selectByValue("DEPARTMENT");
        new Select(browser.findElement(By.id("f-organisation"))).getOptions().stream()
                .filter(o -> o.getText().startsWith(department)).findFirst()
                .orElseThrow(() -> new AssertionError("the new department is offered")).click();
        browser.findElement(By.id("user-submit")).click();
        String accountRow = "#user-list tr[data-username='" + username + "']";
        WebElement account = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(accountRow)));
        assertTrue(account.getText().contains(department) && account.getText().contains("界面测试员"), account.getText());
        assertEquals("否", account.findElement(By.cssSelector(".must-change")).getText());
        shot("20-accounts");
        account.findElement(By.cssSelector("button[data-act='reset-password']")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        String oneTime = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("one-time-password"))).getText();
        assertTrue(oneTime.length() >= 12, oneTime);
        assertTrue(browser.findElement(By.id("otp-box")).getText().contains("下次登录时必须修改密码"));
        assertEquals("是", browser.findElement(By.cssSelector(accountRow + " .must-change")).getText());
        shot("21-one-time-password");
        logout();

        // the user signs in with it and gets nothing but the password screen
        login(username, oneTime);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-form")));
        assertTrue(browser.findElement(By.id("must-change-note")).isDisplayed());
        assertTrue(browser.findElements(By.cssSelector("#nav a")).isEmpty(), "no menu before the password is changed");
        shot("22-forced-password-change");
        browser.get(app.url() + "/app.html#/evaluations");
        browser.navigate().refresh();
        navigation.until(ExpectedConditions.presenceOfElementLocated(By.id("password-form")));
        assertTrue(browser.getCurrentUrl().endsWith("#/password"), browser.getCurrentUrl());
        browser.findElement(By.id("f-currentPassword")).sendKeys("not-the-password");
        browser.findElement(By.id("f-newPassword")).sendKeys("Jinzhong#2027");
        browser.findElement(By.id("f-newPasswordAgain")).sendKeys("Jinzhong#2027");
        browser.findElement(By.id("password-submit")).click();
        WebElement wrong = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#f-currentPassword + .field-error")));
        assertTrue(wrong.getText().contains("当前密码"), wrong.getText());
        WebElement current = browser.findElement(By.id("f-currentPassword"));
        current.clear();
        current.sendKeys(oneTime);
        browser.findElement(By.id("password-submit")).click();
        // then the normal UI: the menu of a department user and the home page
        navigation.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav a[href='#/evaluations']")));
        navigation.until(ExpectedConditions.urlContains("#/home"));
        assertTrue(browser.findElements(By.cssSelector("#nav a[href='#/directory']")).isEmpty(), "no administration menu");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), department));
        shot("23-after-password-change");
        logout();
        login(username, "Jinzhong#2027");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav a[href='#/evaluations']")));
        logout();

        // the administrator reads it all in the audit trail, and the chain is whole
        login("admin", "demo");
        browser.get(app.url() + "/app.html#/audit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit-trail .audit-list")));
        browser.findElement(By.id("f-target")).sendKeys("user:" + username);
        browser.findElement(By.id("audit-search")).click();
        wait.until(d -> auditActions().equals(List.of("user.add", "user.resetPassword", "user.changePassword")));
        WebElement reset = browser.findElement(By.cssSelector("#audit-trail tr[data-action='user.resetPassword']"));
        assertTrue(reset.getText().contains("重置密码") && reset.getText().contains("mustChangePassword：false → true"),
                reset.getText());
        assertTrue(browser.findElement(By.id("audit-export")).getAttribute("href").endsWith("target=user%3A" + username));
        browser.findElement(By.id("verify-chain")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain-result"), "哈希链完整"));
        assertEquals("ok", browser.findElement(By.id("chain-result")).getAttribute("class"));
        shot("24-audit-trail");
        browser.findElement(By.id("f-target")).clear();
        new Select(browser.findElement(By.id("f-action"))).selectByValue("organisation.add");
        browser.findElement(By.id("audit-search")).click();
        wait.until(d -> !auditActions().isEmpty() && auditActions().stream().allMatch("organisation.add"::equals)
                && d.findElement(By.id("audit-trail")).getText().contains(department));
        logout();
    }

    /**
     * Evidence files (佐证材料) on the seed evaluation while it waits for scoring, so first of all: the
     * department uploads a PDF with the evaluation page's file chooser, sees it listed, opens it in the
     * preview (a frame whose address answers the PDF itself), and the evaluator's scoring screen marks
     * the indicators without evidence until the file is picked for one.
     */
    @Test
    @Order(1)
    void departmentUploadsAnEvidencePdfThatOpensInThePreviewAndTheScoringMarksIndicatorsWithoutEvidence() throws Exception {
        try {
            evidenceFiles();
        } catch (Throwable failure) {
            screenshot("failure-evidence");
            browser.manage().deleteAllCookies(); // the next test starts signed out
            throw failure;
        }
    }

    private void evidenceFiles() throws Exception {
        String name = "预算执行情况说明" + System.currentTimeMillis() % 100_000L + ".pdf";
        Path dir = Files.createTempDirectory("perfeval-evidence");
        Path pdf = dir.resolve(name);
        writePdf(pdf, "Evidence for the 2022 evaluation");
        // a text file that claims to be a PDF: refused, with the API's message naming it
        Path fake = dir.resolve("会议纪要.pdf");
        Files.writeString(fake, "not a PDF at all\n");

        browser.get(app.url() + "/index.html");
        login("department", "demo");
        browser.get(app.url() + "/app.html#/evaluation/" + seedId);
        browser.navigate().refresh();
        WebElement chooser = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-input")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence-files, #evidence-none")));
        chooser.sendKeys(pdf.toAbsolutePath() + "\n" + fake.toAbsolutePath());
        // a progress bar each, then each one's outcome, then the list read again with the accepted file in it
        WebElement refused = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence-uploads li.failed")));
        assertTrue(refused.getText().contains("会议纪要.pdf") && refused.getText().contains("内容"), refused.getText());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-uploads"), "已上传"));
        WebElement listed = tableRow("evidence-files", name);
        assertFalse(browser.findElement(By.id("evidence-files")).getText().contains("会议纪要"), "a refused file is not listed");
        assertTrue(listed.getText().contains("PDF") && listed.getText().contains("KB"), listed.getText());
        assertFalse(listed.findElements(By.cssSelector("button[data-act='delete']")).isEmpty(),
                "the uploader may delete the file while no submitted task cites it");
        assertTrue(browser.findElement(By.id("evidence-limits")).getText().contains("MB"),
                browser.findElement(By.id("evidence-limits")).getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", listed);
        shot("25-evidence-uploaded");

        // the name opens the preview on the page: a frame with the PDF, which answers 200 application/pdf
        listed.findElement(By.cssSelector("a.file-open")).click();
        WebElement frame = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#file-preview #file-preview-frame")));
        assertTrue(browser.findElement(By.id("file-preview-title")).getText().contains(name));
        String src = frame.getAttribute("src");
        assertTrue(src.startsWith(app.url() + "/api/files/"), src);
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => done([r.status, r.headers.get('Content-Type') || '', r.headers.get('Content-Disposition') || '']))
                  .catch(e => done([0, String(e), '']));""", src);
        assertEquals(200L, answer.get(0), "the preview's address: " + answer);
        assertTrue(String.valueOf(answer.get(1)).startsWith("application/pdf"), "the preview's type: " + answer);
        assertFalse(String.valueOf(answer.get(2)).startsWith("attachment"), "a PDF is served inline: " + answer);
        // the frame shows the PDF, not the browser's page for a refused frame
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const f = document.getElementById('file-preview-frame');
                try { return f.contentWindow.location.href === f.src; } catch (e) { return false; }"""));
        Thread.sleep(1500); // the PDF viewer draws the page
        shot("26-evidence-preview");
        browser.findElement(By.id("file-preview-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("file-preview")));

        // an image dropped on the drop zone (a drop as the browser makes it, with the file in its DataTransfer)
        String photo = "现场照片" + System.currentTimeMillis() % 100_000L + ".png";
        ((JavascriptExecutor) browser).executeScript("""
                const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                const files = new DataTransfer();
                files.items.add(new File([bytes], arguments[1], {type: 'image/png'}));
                const zone = document.getElementById('evidence-drop');
                zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: files, bubbles: true, cancelable: true}));
                zone.dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true}));""",
                java.util.Base64.getEncoder().encodeToString(png(48, 32)), photo);
        WebElement image = tableRow("evidence-files", photo);
        assertTrue(image.getText().contains("图片"), image.getText());
        image.findElement(By.cssSelector("a.file-open")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-preview-image")));
        waitForImage("file-preview-image");
        browser.findElement(By.id("file-preview-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("file-preview")));
        // a wrong upload is deleted by its uploader while nothing submitted cites it
        image.findElement(By.cssSelector("button[data-act='delete']")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> !d.findElement(By.id("evidence-list")).getText().contains(photo));
        logout();

        // the evaluator's scoring: an indicator the data collection gave evidence (the demo's project ledger) is
        // not marked; one without is marked 无佐证 until a file is picked for it
        login("evaluator", "demo");
        openTask("score");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-table tbody tr")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#score-table tbody tr"));
        WebElement backed = row(rows, "区内包扶项目个数");
        assertFalse(backed.findElement(By.cssSelector(".no-evidence")).isDisplayed(), "cited at data collection");
        assertTrue(backed.findElement(By.cssSelector("details.picker summary")).getText().contains("1"));
        WebElement first = row(rows, "入企调研频次");
        WebElement mark = first.findElement(By.cssSelector(".no-evidence"));
        assertTrue(mark.isDisplayed() && mark.getText().equals("无佐证"), "an indicator without evidence is marked");
        first.findElement(By.cssSelector("details.picker summary")).click();
        WebElement pick = first.findElements(By.cssSelector("details.picker label.file-check")).stream()
                .filter(l -> l.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the uploaded file is offered on the scoring screen"));
        pick.findElement(By.tagName("input")).click();
        wait.until(ExpectedConditions.invisibilityOf(mark));
        assertTrue(first.findElement(By.cssSelector("details.picker summary")).getText().contains("1"));
        assertTrue(browser.findElements(By.cssSelector("#score-table .no-evidence")).stream().anyMatch(WebElement::isDisplayed),
                "the other indicators are still marked");
        shot("27-scoring-evidence");
        logout();
    }

    /**
     * A self-evaluation review batch from import to closed through the web UI (自评复核), as the bureau, both
     * demo agencies and the department: the bureau opens a batch (a missing name marked at its field),
     * imports the three sample forms with the file chooser (two of them the demo department's) and sees
     * them checked, filters by a flag by its Chinese name, opens a form whose overstated score and
     * execution score are marked in their cells, draws the on-site sample from a seed it gives and takes a
     * form out and back in by hand, and dispatches it to the two agencies; each agency rechecks its forms
     * (a changed score without a reason marked at its field, a submission with a form unrechecked
     * refused, a PDF uploaded and cited as evidence) and submits; the bureau (a return without a reason
     * refused) approves both; the department reads the review with the cited file and answers; the bureau
     * closes the batch (已办结) and opens the commission screen filled for a key evaluation of a department
     * and of a project.
     */
    @Test
    @Order(2)
    void selfEvaluationBatchFromImportToClosedAsTheBureauTheAgenciesAndTheDepartment() throws Exception {
        try {
            selfEvaluationReview();
        } catch (Throwable failure) {
            screenshot("failure-self-evaluation");
            browser.manage().deleteAllCookies(); // the next test starts signed out
            throw failure;
        }
    }

    private void selfEvaluationReview() throws Exception {
        String name = "2023年度项目支出绩效自评复核（界面测试" + System.currentTimeMillis() % 100_000_000L + "）";
        Path forms = Files.createTempDirectory("perfeval-forms").resolve("2023年度自评表.json");
        Files.writeString(forms, sampleFormsOfTheDemoDepartment());

        // the bureau opens a batch from the menu; a batch needs its name
        browser.get(app.url() + "/index.html");
        login("bureau", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#nav a[href='#/self-evaluation']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-form")));
        browser.findElement(By.id("batch-create")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#f-se-name + .field-error")));
        browser.findElement(By.id("f-se-name")).sendKeys(name);
        browser.findElement(By.id("batch-create")).click();
        wait.until(ExpectedConditions.textToBe(By.id("batch-name"), name));
        long batchId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*#/self-evaluation/", ""));
        assertEquals("待导入", browser.findElement(By.cssSelector("#batch-summary .batch-status")).getText());

        // the forms chosen with the file chooser; checked in the background, followed to 已审核
        browser.findElement(By.id("forms-upload-input")).sendKeys(forms.toAbsolutePath().toString());
        new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class).until(
                ExpectedConditions.textToBe(By.cssSelector("#batch-summary .batch-status"), "已审核"));
        assertEquals("3", browser.findElement(By.id("batch-processed")).getText());
        assertEquals("2", browser.findElement(By.id("batch-flagged")).getText());
        steady().until(d -> formRows().size() == 3);
        shot("30-self-evaluation-checked");

        // the flag filter by its Chinese name: the two forms with an overstated score
        new Select(browser.findElement(By.id("ff-flag"))).selectByVisibleText("指标得分偏高");
        steady().until(d -> formRows().size() == 2 && formRows().stream().allMatch(r -> r.getText().contains("指标得分偏高")));
        shot("31-self-evaluation-flag-filter");

        // a form: the flagged cells marked, the messages as their tooltips and listed below
        tableRow("form-list", "村级公益设施维护项目").findElement(By.cssSelector("a.form-link")).click();
        WebElement overstated = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#indicator-table tr[data-key='" + OVERSTATED + "'] td.printed-score")));
        assertTrue(overstated.getAttribute("class").contains("flagged") && overstated.getAttribute("class").contains("flag-error"),
                overstated.getAttribute("class"));
        assertTrue(overstated.getAttribute("title").contains("指标得分偏高"), overstated.getAttribute("title"));
        assertTrue(browser.findElement(By.cssSelector("#funds-table td[data-cell='funds:printedScore']")).getAttribute("class")
                .contains("flagged"), "the execution score is marked");
        assertFalse(browser.findElement(By.cssSelector("#indicator-table tr[data-key='产出指标/数量指标/新建管网长度'] td.printed-score"))
                .getAttribute("class").contains("flagged"), "an indicator without a flag is not marked");
        assertEquals(3, browser.findElements(By.cssSelector("#flag-list li")).size());
        assertNoHorizontalScroll();
        shot("32-self-evaluation-form-flagged");

        // the on-site sample: every form with errors and the largest of the rest, from the bureau's seed;
        // one form out by hand and in again
        browser.findElement(By.linkText("← " + name)).click();
        WebElement largest = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-se-largest")));
        largest.clear();
        largest.sendKeys("1");
        browser.findElement(By.id("f-se-share")).clear();
        browser.findElement(By.id("f-se-share")).sendKeys("0");
        browser.findElement(By.id("f-se-seed")).sendKeys("20240501");
        browser.findElement(By.id("selection-draw")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-sampling"), "现场复核样本 3 张"));
        assertTrue(browser.findElement(By.id("batch-sampling")).getText().contains("随机种子 20240501"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ff-flag")))).selectByValue("");
        tableRow("form-list", "农村饮水安全巩固提升工程").findElement(By.cssSelector("input.pick")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-sampling"), "现场复核样本 2 张"));
        steady().until(d -> !tableRow("form-list", "农村饮水安全巩固提升工程").findElement(By.cssSelector("input.pick")).isSelected());
        assertTrue(tableRow("form-list", "农村饮水安全巩固提升工程").getText().contains("人工移出"));
        tableRow("form-list", "农村饮水安全巩固提升工程").findElement(By.cssSelector("input.pick")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-sampling"), "现场复核样本 3 张"));
        shot("33-self-evaluation-selection");

        // dispatched to both agencies: the conflict-of-interest rule shares the forms out
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dispatch-agencies")));
        for (String agency : List.of("山西天正会计师事务所", "晋中恒信会计师事务所")) {
            browser.findElements(By.cssSelector("#dispatch-agencies label")).stream().filter(l -> l.getText().contains(agency))
                    .findFirst().orElseThrow(() -> new AssertionError(agency + " is offered")).findElement(By.tagName("input")).click();
        }
        ((JavascriptExecutor) browser).executeScript("document.getElementById('f-se-due').value = arguments[0]",
                java.time.LocalDate.now().plusDays(30).toString());
        WebElement days = browser.findElement(By.id("f-se-answer-days"));
        days.clear();
        days.sendKeys("10");
        browser.findElement(By.id("dispatch-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#batch-summary .batch-status"), "现场复核中"));
        assertTrue(tableRow("assignment-table", "山西天正会计师事务所").getText().contains("0 / 2"));
        assertTrue(tableRow("assignment-table", "晋中恒信会计师事务所").getText().contains("0 / 1"));
        shot("34-self-evaluation-dispatched");
        logout();

        // 天正 rechecks the department's two forms: a changed score needs its reason; no submission with a form left
        login("evaluator", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#nav a[href='#/self-evaluation']"))).click();
        WebElement task = tableRow("assignment-list", name);
        assertTrue(task.getText().contains("复核中") && task.getText().contains("0 / 2"), task.getText());
        task.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assignment-submit")));
        tableRow("form-list", "村级公益设施维护项目").findElement(By.cssSelector("a.form-link")).click();
        String row = "#indicator-table tr[data-key='" + OVERSTATED + "'] ";
        WebElement actual = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row + "input.ra")));
        actual.clear();
        actual.sendKeys("10处");
        WebElement score = browser.findElement(By.cssSelector(row + "input.rs"));
        score.clear();
        score.sendKeys("12.5");
        browser.findElement(By.id("f-opinion")).sendKeys("现场核实完成10处，得分按完成比例调整");
        browser.findElement(By.id("recheck-save")).click();
        WebElement reasonError = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row + "textarea.rr + .field-error")));
        assertTrue(reasonError.getText().contains("理由"), reasonError.getText());
        shot("35-self-evaluation-recheck-error");
        browser.findElement(By.cssSelector(row + "textarea.rr")).sendKeys("现场核实完成10处，台账与验收单一致");
        // the agency's evidence: uploaded on the form, offered in every indicator's picker, cited for this one
        Path ledger = Files.createTempDirectory("perfeval-review").resolve("维修改造工程验收台账.pdf");
        writePdf(ledger, "Acceptance ledger of the water works");
        browser.findElement(By.id("recheck-evidence-input")).sendKeys(ledger.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recheck-evidence-uploads"), "已上传"));
        browser.findElement(By.cssSelector(row + "details.picker summary")).click();
        WebElement cite = steady().until(d -> d.findElements(By.cssSelector(row + "details.picker label.file-check")).stream()
                .filter(l -> l.getText().contains("维修改造工程验收台账.pdf")).findFirst().orElse(null));
        cite.findElement(By.tagName("input")).click();
        browser.findElement(By.id("recheck-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("form-notice"), "复核结果已保存"));
        assertEquals("12.5", browser.findElement(By.cssSelector(row + "input.rs")).getAttribute("value"));
        browser.findElement(By.linkText("← " + name)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("assignment-submit"))).click();
        wait.until(d -> !d.findElement(By.id("submit-error")).getText().isBlank());
        recheckUnchanged(name, "农村饮水安全巩固提升工程", "经核实，自评结果基本属实");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("assignment-submit"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment-card"), "已送审"));
        shot("36-self-evaluation-agency-submitted");
        logout();

        // 恒信 rechecks the other department's form
        login("evaluator2", "demo");
        openBatch(batchId);
        recheckUnchanged(name, "农田水利设施管护项目", "复核无异议");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("assignment-submit"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment-card"), "已送审"));
        logout();

        // the bureau: a return needs its reason; both reviews approved, the departments answer
        login("bureau", "demo");
        openBatch(batchId);
        WebElement hengxin = tableRow("assignment-table", "晋中恒信会计师事务所");
        assertTrue(hengxin.getText().contains("已送审"), hengxin.getText());
        hengxin.findElement(By.cssSelector("button[data-act='return']")).click();
        String returnRow = "#assignment-table tr.return-row[data-for='" + hengxin.getAttribute("data-assignment-id") + "'] ";
        WebElement returnForm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(returnRow + "form")));
        returnForm.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(returnRow + "textarea + .field-error")));
        shot("37-self-evaluation-return-needs-reason");
        returnForm.findElement(By.cssSelector("button[data-act='cancel']")).click();
        for (String agency : List.of("晋中恒信会计师事务所", "山西天正会计师事务所")) {
            tableRow("assignment-table", agency).findElement(By.cssSelector("button[data-act='approve']")).click();
            steady().until(d -> tableRow("assignment-table", agency).getText().contains("已通过"));
        }
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#batch-summary .batch-status"), "待部门反馈"));
        logout();

        // the department reads the review of its form and answers it
        login("department", "demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#nav a[href='#/self-evaluation']"))).click();
        tableRow("batch-list", name).findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-hint")));
        steady().until(d -> formRows().size() == 2);
        tableRow("form-list", "村级公益设施维护项目").findElement(By.cssSelector("a.form-link")).click();
        WebElement reviewed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row + "td.reviewed-score")));
        assertEquals("12.5", reviewed.getText());
        assertTrue(browser.findElement(By.cssSelector(row + "td.printed-score")).getAttribute("class").contains("flagged"));
        assertTrue(browser.findElement(By.id("recheck-opinion")).getText().contains("现场核实完成10处"));
        assertEquals("维修改造工程验收台账.pdf", browser.findElement(By.cssSelector(row + "a.review-file")).getText(),
                "the evidence the agency cites for the indicator");
        browser.findElement(By.id("f-answer")).sendKeys("认可复核结论，将补齐维修改造工程的验收资料");
        shot("38-self-evaluation-department-answer");
        browser.findElement(By.id("answer-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("form-notice"), "反馈已提交"));
        assertEquals("认可复核结论，将补齐维修改造工程的验收资料", browser.findElement(By.id("f-answer")).getAttribute("value"));
        logout();

        // the bureau sees the answer and closes the batch
        login("bureau", "demo");
        openBatch(batchId);
        assertTrue(tableRow("form-list", "村级公益设施维护项目").getText().contains("已反馈"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("close-batch"))).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#batch-summary .batch-status"), "已办结"));
        assertTrue(browser.findElements(By.id("close-batch")).isEmpty());
        assertNoHorizontalScroll();
        shot("39-self-evaluation-closed");
        // the outputs, where the server has them: the dashboard's charts, the downloads, the budget advice
        WebElement dashboard = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("se-dashboard")));
        if (dashboard.isDisplayed()) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-flags canvas")));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", dashboard);
            Thread.sleep(1200); // chart animation
            shot("39b-self-evaluation-dashboard");
            browser.findElement(By.cssSelector("#se-downloads a[data-download='report?format=docx']")).click();
            wait.until(d -> d.findElement(By.cssSelector("#se-downloads a[data-download='report?format=docx']")).getAttribute("aria-busy") == null);
            assertEquals("", browser.findElement(By.id("download-error")).getText(), "the report downloads");
        }
        browser.get(app.url() + "/app.html#/self-evaluation");
        browser.navigate().refresh();
        assertTrue(tableRow("batch-list", name).getText().contains("已办结"));

        // the results used: a key evaluation of a department and of a project, the commission screen filled from the review
        openBatch(batchId);
        tableRow("department-list", "新能源汽车园事业服务中心").findElement(By.cssSelector("button[data-act='commission']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commission-basis")));
        assertTrue(browser.findElement(By.id("f-title")).getAttribute("value").contains("新能源汽车园事业服务中心"),
                browser.findElement(By.id("f-title")).getAttribute("value"));
        assertEquals("DEPARTMENT", new Select(browser.findElement(By.id("f-kind"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(new Select(browser.findElement(By.id("f-subject"))).getFirstSelectedOption().getText().startsWith("新能源汽车园事业服务中心"));
        assertTrue(browser.findElement(By.id("commission-basis")).getText().contains(name));
        shot("40-self-evaluation-commission-draft");
        openBatch(batchId);
        tableRow("form-list", "村级公益设施维护项目").findElement(By.cssSelector("a.form-link")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("form-commission"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commission-basis")));
        assertTrue(browser.findElement(By.id("f-title")).getAttribute("value").startsWith("村级公益设施维护项目"));
        assertEquals("PROJECT", new Select(browser.findElement(By.id("f-kind"))).getFirstSelectedOption().getAttribute("value"));
        logout();
    }

    /** The indicator the sample's second form overstates (forms/sample-expected.json). */
    private static final String OVERSTATED = "产出指标/数量指标/维修改造供水工程数量";

    /** The sample forms (forms/sample.json) as {forms: [...]}, the first two of the demo department. */
    private static String sampleFormsOfTheDemoDepartment() {
        var sample = jakarta.json.Json.createReader(new java.io.StringReader(SelfEvaluationIT.resource("sample.json"))).readArray();
        var forms = jakarta.json.Json.createArrayBuilder();
        for (int i = 0; i < sample.size(); i++) {
            var form = jakarta.json.Json.createObjectBuilder(sample.getJsonObject(i));
            forms.add(i < 2 ? form.add("department", "新能源汽车园事业服务中心") : form);
        }
        return jakarta.json.Json.createObjectBuilder().add("forms", forms).build().toString();
    }

    /** A wait that reads again what a redraw replaced meanwhile. */
    private static WebDriverWait steady() {
        WebDriverWait steady = new WebDriverWait(browser, Duration.ofSeconds(20));
        steady.ignoring(StaleElementReferenceException.class);
        return steady;
    }

    /** The forms table's rows as they are now. */
    private static List<WebElement> formRows() {
        return browser.findElements(By.cssSelector("#form-list tbody tr"));
    }

    /** Opens a self-evaluation batch's page afresh. */
    private static void openBatch(long batchId) {
        browser.get(app.url() + "/app.html#/self-evaluation/" + batchId);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#form-list, #form-list-empty")));
    }

    /** An agency opens a form of the batch from its page and saves its recheck as the unit printed it, with an opinion. */
    private static void recheckUnchanged(String batch, String project, String opinion) {
        tableRow("form-list", project).findElement(By.cssSelector("a.form-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-opinion"))).sendKeys(opinion);
        browser.findElement(By.id("recheck-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("form-notice"), "复核结果已保存"));
        browser.findElement(By.linkText("← " + batch)).click();
        steady().until(d -> tableRow("form-list", project).getText().contains("已复核"));
    }

    /** A PNG image of this size, a plain colour. */
    private static byte[] png(int width, int height) throws Exception {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x2f5d8a));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A one-page PDF with a line of text (PDFBox, a standard font: no CJK font needed). */
    private static void writePdf(Path file, String text) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD), 20);
                content.newLineAtOffset(72, 760);
                content.showText(text);
                content.endText();
            }
            doc.save(file.toFile());
        }
    }

    /** The actions of the audit entries shown, in their order (read at once: a search redraws the table). */
    @SuppressWarnings("unchecked")
    private static List<String> auditActions() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#audit-trail tbody tr')].map(r => r.dataset.action);");
    }

    /** The row of a table that names this text (waits for it; the screen may be redrawn meanwhile). */
    private static WebElement tableRow(String tableId, String text) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                        .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    private static WebElement row(List<WebElement> rows, String indicator) {
        return rows.stream().filter(r -> r.getText().contains(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + indicator));
    }

    /** Signs in and waits until the application has loaded the user. */
    private static void login(String user, String password) {
        typeCredentials(user, password);
        navigation.until(ExpectedConditions.urlContains("app.html"));
        navigation.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), "（"));
    }

    /** Signs in as someone without a mouse would: type, Tab, type, Enter. */
    private static void loginWithKeyboardOnly(String user, String password) {
        browser.get(app.url() + "/index.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        // the page puts the cursor in the user name field (autofocus): no click needed
        assertEquals("username", focused().getAttribute("id"), "the login page starts in the user name field");
        focused().sendKeys(user, Keys.TAB);
        assertEquals("password", focused().getAttribute("id"), "Tab goes on to the password");
        focused().sendKeys(password, Keys.ENTER);
        navigation.until(ExpectedConditions.urlContains("app.html"));
        navigation.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), "（"));
    }

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private static void typeCredentials(String user, String password) {
        if (!browser.getCurrentUrl().contains("index.html")) {
            browser.get(app.url() + "/index.html");
        }
        WebElement name = navigation.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        name.clear();
        name.sendKeys(user);
        WebElement pw = browser.findElement(By.id("password"));
        pw.clear();
        pw.sendKeys(password);
        pw.submit();
    }

    private static void logout() {
        browser.findElement(By.id("logout")).click();
        navigation.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
    }

    /** Opens the caller's task with this key on the seed evaluation's page. */
    /** The demo seed evaluation, waiting for scoring; the list comes a page at a time (on PostgreSQL other tests' evaluations are there too). */
    private static long seedWaitingForScoring(ApiClient api) {
        for (int page = 0; page < 100; page++) {
            var items = api.get("bureau", "/api/evaluations?status=SCORING&size=500&page=" + page).json().getJsonArray("items");
            var seed = items.stream().map(jakarta.json.JsonValue::asJsonObject)
                    .filter(e -> e.getString("title").equals(SEED_TITLE))
                    .mapToLong(e -> e.getJsonNumber("id").longValue()).findFirst();
            if (seed.isPresent()) {
                return seed.getAsLong();
            }
            if (items.size() < 500) {
                break;
            }
        }
        throw new AssertionError("the demo seed evaluation waits for scoring");
    }

    /**
     * The evaluation's row in the bureau's list, narrowed to its status with the list's own filter and
     * looked for page by page with the pager (on PostgreSQL other tests' evaluations are listed too).
     */
    private static WebElement rowInBureauList(long evaluationId, String status) {
        WebElement shown = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evaluation-page > *")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ef-status"))).selectByValue(status);
        browser.findElement(By.cssSelector("#evaluation-filter button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(shown));
        while (true) {
            WebElement list = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evaluation-page #evaluation-list")));
            var rows = list.findElements(By.cssSelector("tr[data-id='" + evaluationId + "']"));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            var next = browser.findElements(By.cssSelector("#evaluation-page .pager button.page")).stream()
                    .filter(b -> b.getText().equals("下一页") && b.isEnabled()).findFirst();
            if (next.isEmpty()) {
                throw new AssertionError("evaluation " + evaluationId + " is not in the bureau's list of " + status);
            }
            next.get().click();
            wait.until(ExpectedConditions.stalenessOf(list));
        }
    }

    private static void openTask(String key) {
        openTask(seedId, key);
    }

    private static void openTask(long evaluationId, String key) {
        browser.get(app.url() + "/app.html#/evaluation/" + evaluationId);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[data-task-key='" + key + "']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-submit")));
    }

    private static void waitForImage(String id) {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const i = document.getElementById(arguments[0]); return i != null && i.complete && i.naturalWidth > 0;", id));
    }

    private static void assertNoHorizontalScroll() {
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "page wider than 1366 px by " + overflow);
    }

    /** Every screen that gets a screenshot is also checked for form fields without a label. */
    private static void shot(String name) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                  .filter(el => el.offsetParent !== null)
                  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                                && !el.getAttribute('aria-labelledby') && !el.title)
                  .map(el => el.outerHTML.substring(0, 120));""");
        assertTrue(unlabelled.isEmpty(), name + ": form fields without a label: " + unlabelled);
        screenshot(name);
    }

    private static void screenshot(String name) throws Exception {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
