package org.perfeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.perfeval.common.ValidationException;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.JsonDraftTemplates;
import org.perfeval.json.ScoreSheetJson;
import org.perfeval.scoring.Finding;
import org.perfeval.scoring.ScoreResult;
import org.perfeval.scoring.ScoringService;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;

/** The draft report's problems and recommendations: the merge of indicator findings into rules, and the templates' figures. */
class ReportDrafterTest {

    private static final DraftTemplates TEMPLATES = JsonDraftTemplates.load();
    private static final CommissionBasis BASIS = new CommissionBasis(
            "《示范区晋中开发区财政局关于印发〈2023年度区级财政重点绩效评价实施方案〉的通知》", "综示晋开财发〔2023〕156号");

    @Test
    void theSeedDraftsTheSeedsThreeProblemsAndRecommendationsWithItsFigures() throws Exception {
        Evaluation e = evaluation(UnaryOperator.identity(), BASIS);
        assertEquals(6, e.result().findings().size(), "the scoring keeps its indicator-level findings");
        ReportDraft draft = new ReportDrafter(TEMPLATES).draft(e);

        assertEquals(List.of("预算资金调整率较大", "预算绩效管理机制不健全", "政府采购预算执行率较低"), titles(draft.findings()));
        assertEquals(List.of("提高部门预算编制精准度，降低预算调整率", "加强预算绩效管理认识，提高预算绩效管理水平",
                "提高年度政府采购预算编制科学性"), titles(draft.recommendations()));
        assertEquals("2022年新能源汽车园事业服务中心财政拨款收入预算为44.84万元，调整后预算数为27.52万元，预算调整率为38.63%。"
                + "新能源汽车园事业服务中心年初编制预算时未能对本年度的工作活动进行合理预测，预算调整幅度较大，预算刚性约束较弱。",
                draft.findings().get(0).text());
        String management = draft.findings().get(1).text();
        assertEquals("一是新能源汽车园事业服务中心目前还未成立预算绩效管理工作领导小组，暂由财务人员负责预算绩效管理相关工作，"
                + "预算绩效管理工作缺少组织保障；二是未依据部门实际情况制定本单位预算绩效管理制度，预算绩效管理工作缺少制度保障。",
                management);
        assertEquals("新能源汽车园事业服务中心2022年政府采购预算总额5.22万元，实际执行1.56万元，政府采购执行率为29.89%，"
                + "政府采购预算执行率较低。", draft.findings().get(2).text());
        draft.recommendations().forEach(r -> assertTrue(r.text().length() > 80, "a paragraph of measures: " + r.text()));
        assertTrue(draft.recommendations().get(1).text().contains("一是成立预算绩效管理领导小组"));
        assertEquals(List.of("BUDGET_ADJUSTMENT_HIGH", "PERFORMANCE_MANAGEMENT_WEAK", "PROCUREMENT_EXECUTION_LOW"),
                draft.findings().stream().map(DraftItem::code).toList());
        for (DraftItem item : concat(draft.findings(), draft.recommendations())) {
            assertFalse(item.text().contains("{") || item.text().contains("["), "no placeholder left: " + item.text());
        }
        assertEquals("根据晋中开发区财政局《示范区晋中开发区财政局关于印发〈2023年度区级财政重点绩效评价实施方案〉的通知》"
                + "（综示晋开财发〔2023〕156号），受晋中开发区财政局委托，我们组织专业人员对新能源汽车园事业服务中心2022年"
                + "部门整体支出进行绩效评价，现将评价报告摘要如下：", draft.abstractText());
    }

    @Test
    void anIndicatorNoRuleExplainsStaysAProblemOfItsOwn() throws Exception {
        // 入企调研频次 judged not achieved: no rule is about it
        Evaluation e = evaluation(seed -> withIndicator(seed, "入企调研频次", Map.of("actual", Json.createValue("每周1次"), "level", Json.createValue("NOT_ACHIEVED"),
                "score", Json.createValue(1), "reason", Json.createValue("全年入企调研58次，未达到每周2次"))), BASIS);
        ReportDraft draft = new ReportDrafter(TEMPLATES).draft(e);

        assertEquals(List.of("预算资金调整率较大", "预算绩效管理机制不健全", "政府采购预算执行率较低", "入企调研频次未达到绩效目标"),
                titles(draft.findings()));
        DraftItem own = draft.findings().get(3);
        assertEquals(Finding.TARGET_NOT_MET, own.code());
        assertTrue(own.text().startsWith("新能源汽车园事业服务中心2022年“入企调研频次”指标目标值为每周2次，"), own.text());
        assertTrue(own.text().contains("实际完成每周1次，分值4分，评价得分1分，未达到绩效目标。"), own.text());
        assertTrue(own.text().endsWith("全年入企调研58次，未达到每周2次。"), own.text());
        assertEquals("分析入企调研频次未达标原因，确保绩效目标实现", draft.recommendations().get(3).title());
        assertTrue(draft.recommendations().get(3).text().contains("对照“每周2次”的目标值"));
    }

    @Test
    void withoutTheChecklistRuleItsIndicatorIsItsOwnProblem() throws Exception {
        // the facts not recorded: the management rule does not fire, so nothing absorbs 预算绩效管理制度健全性
        Evaluation e = evaluation(seed -> Json.createObjectBuilder(seed).add("checklist", JsonValue.EMPTY_JSON_OBJECT).build(), BASIS);
        ReportDraft draft = new ReportDrafter(TEMPLATES).draft(e);

        assertEquals(List.of("预算资金调整率较大", "政府采购预算执行率较低", "预算绩效管理制度健全性未达到绩效目标"),
                titles(draft.findings()));
        assertTrue(draft.findings().get(2).text().contains("指标目标值为健全，分值5分，评价得分0.5分"), draft.findings().get(2).text());
    }

    @Test
    void theManagementRuleAbsorbsOnlyAnIndicatorJudgingAMissingFact() throws Exception {
        // only the leading group is missing: 预算绩效管理制度健全性 judges the 制度, which exists, so its weakness stays
        Evaluation e = evaluation(seed -> Json.createObjectBuilder(seed).add("checklist", Json.createObjectBuilder()
                .add("performanceLeadingGroup", false).add("performanceRules", true)).build(), BASIS);
        ReportDraft draft = new ReportDrafter(TEMPLATES).draft(e);

        assertEquals(List.of("预算资金调整率较大", "预算绩效管理机制不健全", "政府采购预算执行率较低", "预算绩效管理制度健全性未达到绩效目标"),
                titles(draft.findings()));
        assertEquals("新能源汽车园事业服务中心目前还未成立预算绩效管理工作领导小组，暂由财务人员负责预算绩效管理相关工作，"
                + "预算绩效管理工作缺少组织保障。", draft.findings().get(1).text());
        // an output indicator that merely has 绩效管理 in its name is never absorbed
        Evaluation output = evaluation(seed -> renamed(withIndicator(seed, "入企调研频次", Map.of("actual", Json.createValue("每周1次"),
                "level", Json.createValue("NOT_ACHIEVED"), "score", Json.createValue(1), "reason", Json.createValue("调研不足"))),
                "入企调研频次", "绩效管理调研频次"), BASIS);
        assertTrue(titles(new ReportDrafter(TEMPLATES).draft(output).findings()).contains("绩效管理调研频次未达到绩效目标"));
    }

    @Test
    void inASheetWithPartsEachProblemCarriesItsOwnPartsFigures() throws Exception {
        // two parts with an indicator of the same name (a department-overall sheet as the preview scores it):
        // each weak one is written under its own part with its own score
        JsonObject parted = parted();
        Evaluation e = evaluation(UnaryOperator.identity(), BASIS);
        e.recordResult(new ScoringService().score(ScoreSheetJson.read(parted, SheetRules.Stage.SCORING)));
        ReportDraft draft = new ReportDrafter(TEMPLATES).draft(e);

        List<DraftItem> own = draft.findings().stream().filter(f -> Finding.TARGET_NOT_MET.equals(f.code())).toList();
        assertEquals(List.of("基本支出：完成数量未达到绩效目标", "项目支出：完成数量未达到绩效目标"), titles(own));
        assertTrue(own.get(0).text().contains("基本支出的“完成数量”指标") && own.get(0).text().contains("评价得分30分"), own.get(0).text());
        assertTrue(own.get(1).text().contains("项目支出的“完成数量”指标") && own.get(1).text().contains("评价得分12分"), own.get(1).text());
    }

    private static JsonObject parted() throws Exception {
        JsonObject seed;
        try (InputStream in = ReportDrafterTest.class.getResourceAsStream("/cases/seed-2022.json")) {
            seed = Json.createReader(in).readObject();
        }
        JsonArrayBuilder indicators = Json.createArrayBuilder();
            indicators.add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("数量").add("完成数量"))
                    .add("weight", 60).add("target", "≥10个").add("actual", "5个"));
            indicators.add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("效益").add("满意度"))
                    .add("weight", 40).add("target", "≥85%").add("actual", "90%"));
            JsonArrayBuilder other = Json.createArrayBuilder();
            other.add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("数量").add("完成数量"))
                    .add("weight", 60).add("target", "≥20个").add("actual", "4个"));
            other.add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("效益").add("满意度"))
                    .add("weight", 40).add("target", "≥85%").add("actual", "90%"));
            return Json.createObjectBuilder(seed).remove("indicators").add("checklist", JsonValue.EMPTY_JSON_OBJECT)
                    .add("parts", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("name", "基本支出").add("funds", 10.35).add("indicators", indicators))
                        .add(Json.createObjectBuilder().add("name", "项目支出").add("funds", 17.17).add("indicators", other)))
                .build();
    }

    @Test
    void aBasisTitleIsCitedInsideOneTitleMark() {
        assertEquals("关于印发〈实施方案〉的通知", new CommissionBasis("《关于印发《实施方案》的通知》", " ").title());
        assertEquals(null, new CommissionBasis("通知", " ").number());
        assertEquals("", CommissionBasis.titleOf("《 》"));
        assertThrows(IllegalArgumentException.class, () -> new CommissionBasis("《》", "1号"));
    }

    @Test
    void oneMissingFactIsWrittenWithoutOrdinals() throws Exception {
        Evaluation e = evaluation(seed -> Json.createObjectBuilder(seed).add("checklist", Json.createObjectBuilder()
                .add("performanceLeadingGroup", true).add("performanceRules", false)).build(), BASIS);
        DraftItem management = new ReportDrafter(TEMPLATES).draft(e).findings().get(1);

        assertEquals("新能源汽车园事业服务中心未依据部门实际情况制定本单位预算绩效管理制度，预算绩效管理工作缺少制度保障。",
                management.text());
    }

    @Test
    void aMissingFigureDropsItsClauseAndNoBasisDropsTheCitation() throws Exception {
        Evaluation e = evaluation(UnaryOperator.identity(), null);
        ReportDraft draft = new ReportDrafter(TEMPLATES).draft(e);

        assertTrue(draft.abstractText().startsWith("受晋中开发区财政局委托，我们组织专业人员"), draft.abstractText());
        assertEquals("2022年x为1万元。", TemplateText.fill("{year}年x[，其中基本支出{basicExpenditure}万元]为{one}万元。",
                Map.of("year", "2022", "one", "1")));
        assertEquals("根据局《方案》，受", TemplateText.fill("[根据{b}《{t}》[（{n}）]，]受", Map.of("b", "局", "t", "方案")));
        assertEquals("受", TemplateText.fill("[根据{b}《{t}》[（{n}）]，]受", Map.of("n", "1号")));
    }

    @Test
    void aResultStoredBeforeFindingsNamedTheirIndicatorIsMergedByName() throws Exception {
        Evaluation e = evaluation(UnaryOperator.identity(), BASIS);
        ScoreResult r = e.result();
        List<Finding> old = r.findings().stream()
                .map(f -> new Finding(f.code(), f.title(), f.evidence(), f.recommendation())).toList();
        e.recordResult(new ScoreResult(r.total(), r.grade(), r.ratios(), r.indicators(), r.subtotals(), r.parts(), old,
                r.warnings()));

        assertEquals(3, new ReportDrafter(TEMPLATES).draft(e).findings().size());
    }

    @Test
    void aReportWithAnEmptyRequiredPartIsNotSubmittedAndNothingChanges() throws Exception {
        Evaluation e = evaluation(UnaryOperator.identity(), BASIS);
        e.prefillReport(TEMPLATES);
        assertEquals(List.of("sections.overview", "sections.experience"), e.reportGaps().stream().map(g -> g.path()).toList());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> e.reviseDraft(List.of(), null, new ReportSections(null, "概况", null)));
        assertEquals(List.of("sections.experience", "findings"), refused.errors().stream().map(g -> g.path()).toList());
        assertEquals(3, e.findings().size(), "nothing changed");
        assertEquals(null, e.reportSections().overview());

        e.reviseDraft(null, null, new ReportSections(null, "概况", "经验"));
        e.requireCompleteReport();
        assertTrue(e.reportGaps().isEmpty());
    }

    private static Evaluation evaluation(UnaryOperator<JsonObject> change, CommissionBasis basis) throws Exception {
        JsonObject seed;
        try (InputStream in = ReportDrafterTest.class.getResourceAsStream("/cases/seed-2022.json")) {
            seed = change.apply(Json.createReader(in).readObject());
        }
        Evaluation e = new Evaluation("2022年新能源汽车园事业服务中心部门整体支出绩效评价", 2022, EvaluationKind.DEPARTMENT,
                new Organisation("新能源汽车园事业服务中心", OrganisationType.DEPARTMENT),
                new Organisation("山西天正会计师事务所", OrganisationType.AGENCY),
                new Organisation("晋中开发区财政局", OrganisationType.BUREAU), LocalDate.of(2023, 9, 30), Instant.now());
        e.commissionUnder(basis);
        EvaluationFixtures.fill(e, ScoreSheetJson.read(seed, SheetRules.Stage.SCORING));
        e.recordResult(new ScoringService().score(e.sheet()));
        return e;
    }

    /** The seed with one indicator's fields replaced. */
    private static JsonObject withIndicator(JsonObject seed, String name, Map<String, JsonValue> fields) {
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        for (JsonValue v : seed.getJsonArray("indicators")) {
            JsonObject i = v.asJsonObject();
            List<JsonValue> path = i.getJsonArray("path");
            if (path.get(path.size() - 1).toString().equals("\"" + name + "\"")) {
                JsonObjectBuilder b = Json.createObjectBuilder(i);
                fields.forEach(b::add);
                indicators.add(b);
            } else {
                indicators.add(i);
            }
        }
        return Json.createObjectBuilder(seed).add("indicators", indicators).build();
    }

    /** The seed with one indicator renamed. */
    private static JsonObject renamed(JsonObject seed, String name, String to) {
        return Json.createReader(new java.io.StringReader(seed.toString().replace("\"" + name + "\"", "\"" + to + "\"")))
                .readObject();
    }

    private static List<String> titles(List<DraftItem> items) {
        return items.stream().map(DraftItem::title).toList();
    }

    private static List<DraftItem> concat(List<DraftItem> a, List<DraftItem> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
