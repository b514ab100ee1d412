package org.perfeval.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.perfeval.evaluation.CommissionBasis;
import org.perfeval.evaluation.CommissionRequest;
import org.perfeval.evaluation.EvaluationKind;
import org.perfeval.evaluation.EvidenceRef;
import org.perfeval.evaluation.PartyRef;
import org.perfeval.indicator.ActualValue;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.Resources;
import org.perfeval.json.ScoreSheetJson;
import org.perfeval.security.Caller;
import org.perfeval.workflow.DemoAccounts;
import org.perfeval.workflow.EngineStarted;
import org.perfeval.workflow.EvaluationWorkflow;
import org.perfeval.workflow.EvidenceFiles;
import org.perfeval.report.ReportFonts;
import org.perfeval.workflow.TaskView;
import org.perfeval.workflow.task.TaskCommand;

/**
 * Demo mode: the seed case's three organisations with the four demo accounts, and the seed
 * evaluation (2022, 新能源汽车园事业服务中心) carried through the real use cases up to scoring, so
 * that a new user sees real data at once, with a few small evidence files (generated PDFs) cited by
 * the department's data and by some indicators. Runs only on an empty database. It drives the use cases
 * as a client would, from the seed case's data file.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoAccounts accounts;

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    Clock clock;

    @Inject
    EvidenceFiles files;

    @Inject
    ReportFonts fonts;

    void onStart(@Observes EngineStarted started) {
        if (started.demoMode()) {
            seed();
        }
    }

    public void seed() {
        if (!accounts.create()) {
            LOG.info("Demo mode: accounts bureau, evaluator, department, admin (password 'demo') already present");
            return;
        }
        JsonObject json = Resources.json("demo/seed-2022.json").asJsonObject();
        ScoreSheet sheet = ScoreSheetJson.read(json, SheetRules.Stage.TARGETS);
        Caller bureau = accounts.caller("bureau");
        Caller evaluator = accounts.caller("evaluator");
        Caller department = accounts.caller("department");
        long id = workflow.commission(bureau, new CommissionRequest(json.getString("title"), json.getInt("year"),
                EvaluationKind.valueOf(json.getString("kind")), PartyRef.named(DemoAccounts.DEPARTMENT), PartyRef.named(DemoAccounts.AGENCY),
                LocalDate.now(clock).plusDays(60), basis(json), List.of())).getId();
        complete(evaluator, id, new TaskCommand.Accept(true, null));
        complete(evaluator, id, new TaskCommand.SetTargets(sheet.indicators()));
        EvidenceRef accounts = upload(department, id, DemoEvidence.ACCOUNTS);
        EvidenceRef procurement = upload(department, id, DemoEvidence.PROCUREMENT);
        complete(department, id, new TaskCommand.SubmitData(sheet.funds(), List.of(accounts, procurement)));
        EvidenceRef ledger = upload(evaluator, id, DemoEvidence.PROJECT_LEDGER);
        EvidenceRef survey = upload(evaluator, id, DemoEvidence.SATISFACTION);
        List<ActualValue> actuals = sheet.indicators().stream().filter(i -> i.actual() != null)
                .map(i -> new ActualValue(i.path(), i.actual())).toList();
        // a few indicators cite evidence, the rest show as without any on the scoring screen
        List<TaskCommand.Citation> cited = List.of(
                cite(ledger, "履职效能", "产出数量", "区内包扶项目个数"),
                cite(ledger, "履职效能", "产出质量", "包扶项目达标率"),
                cite(accounts, "管理效率", "预算管理", "预算执行率"),
                cite(accounts, "管理效率", "预算管理", "预算调整率"),
                cite(procurement, "管理效率", "预算管理", "政府采购执行率"),
                cite(survey, "社会效应", "服务对象满意度", "入驻企业满意度"));
        complete(evaluator, id, new TaskCommand.CollectData(actuals, sheet.checklist(), cited));
        LOG.info(() -> "Demo mode: seed evaluation " + id + " waits for the evaluator's scoring");
    }

    /** The seed report's 实施方案, which its 摘要 cites. */
    private static CommissionBasis basis(JsonObject json) {
        JsonObject basis = json.getJsonObject("basis");
        return new CommissionBasis(basis.getString("title"), basis.getString("number"));
    }

    private static TaskCommand.Citation cite(EvidenceRef file, String... path) {
        return new TaskCommand.Citation(List.of(path), List.of(file), "evidence");
    }

    /** Uploads a generated evidence file as the caller would, through the use case. */
    private EvidenceRef upload(Caller caller, long evaluationId, DemoEvidence.Sample sample) {
        byte[] pdf = DemoEvidence.pdf(sample, fonts.font());
        return EvidenceRef.file(files.upload(caller, evaluationId, sample.name(), new ByteArrayInputStream(pdf)).getId());
    }

    /** Completes the one open task of the command's kind, as a user would through the API. */
    private void complete(Caller caller, long evaluationId, TaskCommand command) {
        TaskView task = workflow.openTasksOf(evaluationId, caller).stream()
                .filter(t -> t.key().equals(command.key().id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open task " + command.key().id() + " in evaluation " + evaluationId));
        workflow.complete(caller, task.id(), command);
    }
}
