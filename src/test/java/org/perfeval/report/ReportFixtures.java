package org.perfeval.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.perfeval.evaluation.DraftItem;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationFixtures;
import org.perfeval.evaluation.ReportSections;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.ScoreSheetJson;
import org.perfeval.evaluation.EvaluationKind;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.scoring.ScoringService;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;

/** The seed evaluation as the report generator sees it after scoring and drafting. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static Evaluation seedEvaluation(EvaluationStatus status) throws Exception {
        JsonObject sheet;
        try (var in = ReportFixtures.class.getResourceAsStream("/cases/seed-2022.json")) {
            sheet = Json.createReader(in).readObject();
        }
        Evaluation e = new Evaluation("2022年新能源汽车园事业服务中心部门整体支出绩效评价", 2022, EvaluationKind.DEPARTMENT,
                new Organisation("新能源汽车园事业服务中心", OrganisationType.DEPARTMENT),
                new Organisation("山西天正会计师事务所", OrganisationType.AGENCY),
                new Organisation("晋中开发区财政局", OrganisationType.BUREAU), LocalDate.of(2023, 9, 30), Instant.now());
        EvaluationFixtures.fill(e, ScoreSheetJson.read(sheet, SheetRules.Stage.SCORING));
        e.recordResult(new ScoringService().score(e.sheet()));
        e.reviseDraft(List.of(
                        new DraftItem(null, "预算资金调整率较大", "预算调整率38.63%"),
                        new DraftItem(null, "预算绩效管理机制不健全", "未成立预算绩效管理工作领导小组，未制定本单位预算绩效管理制度"),
                        new DraftItem(null, "政府采购预算执行率较低", "政府采购执行率29.89%")),
                List.of(DraftItem.titled("提高部门预算编制精准度，降低预算调整率"),
                        DraftItem.titled("加强预算绩效管理认识，提高预算绩效管理水平"),
                        DraftItem.titled("提高年度政府采购预算编制科学性")),
                new ReportSections(null, "新能源汽车园事业服务中心为公益一类事业单位，为副处级建制，内设2个科室。",
                        "积极建链补链强链，壮大汽车产业集群。"));
        EvaluationFixtures.advance(e, status);
        return e;
    }
}
