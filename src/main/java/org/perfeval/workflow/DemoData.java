package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.indicator.SheetParts;
import org.perfeval.security.Caller;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.perfeval.common.Json;

/**
 * Demo mode: the seed case's three organisations with the four demo accounts, and the seed
 * evaluation (2022, 新能源汽车园事业服务中心) carried through the real use cases up to scoring, so
 * that a new user sees real data at once. Runs only on an empty database.
 */
@ApplicationScoped
public class DemoData {

    private static final jakarta.json.JsonBuilderFactory JSON = Json.BUILDERS;

    public static final String BUREAU = "晋中开发区财政局";
    public static final String AGENCY = "山西天正会计师事务所";
    public static final String DEPARTMENT = "新能源汽车园事业服务中心";
    /** A second agency recorded as conflicted with the department (回避), to show a refused acceptance. */
    public static final String CONFLICTED_AGENCY = "晋中恒信会计师事务所";
    public static final String PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoAccounts accounts;

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    TaskPayloadsDriver driver;

    public void seed() {
        if (!accounts.create()) {
            LOG.info("Demo mode: accounts bureau, evaluator, department, admin (password 'demo') already present");
            return;
        }
        JsonObject sheet = seedSheet();
        Caller bureau = accounts.caller("bureau");
        Caller evaluator = accounts.caller("evaluator");
        Caller department = accounts.caller("department");
        Evaluation e = workflow.commission(bureau, JSON.createObjectBuilder()
                .add("title", sheet.getString("title"))
                .add("year", sheet.getInt("year"))
                .add("kind", sheet.getString("kind"))
                .add("subject", JSON.createObjectBuilder().add("name", DEPARTMENT))
                .add("agency", JSON.createObjectBuilder().add("name", AGENCY))
                .add("dueDate", LocalDate.now().plusDays(60).toString())
                .build());
        long id = e.getId();
        driver.complete(evaluator, id, "accept", JSON.createObjectBuilder().add("accepted", true).build());
        driver.complete(evaluator, id, "setTargets", SheetParts.payloadFor("setTargets", sheet).orElseThrow());
        driver.complete(department, id, "submitData", JSON.createObjectBuilder()
                .add("funds", sheet.getJsonObject("funds"))
                .add("evidence", JSON.createArrayBuilder().add("2022年部门决算报表.xlsx").add("2022年政府采购执行情况.pdf"))
                .build());
        driver.complete(evaluator, id, "collectData", SheetParts.payloadFor("collectData", sheet).orElseThrow());
        LOG.info(() -> "Demo mode: seed evaluation " + id + " waits for the evaluator's scoring");
    }

    static JsonObject seedSheet() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream("demo/seed-2022.json")) {
            return Json.read(new InputStreamReader(in, StandardCharsets.UTF_8)).asJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException("demo/seed-2022.json missing", e);
        }
    }
}
