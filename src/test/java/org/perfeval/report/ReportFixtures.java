package org.perfeval.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.perfeval.evaluation.CommissionBasis;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationFixtures;
import org.perfeval.evaluation.ReportSections;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.JsonDraftTemplates;
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

    /** The seed report's 实施方案. */
    public static final CommissionBasis SEED_BASIS = new CommissionBasis(
            "示范区晋中开发区财政局关于印发〈2023年度区级财政重点绩效评价实施方案〉的通知", "综示晋开财发〔2023〕156号");

    /** The seed report's 部门概况, its second paragraph. */
    public static final String SEED_OVERVIEW = "示范区晋中开发区分为大学城产业园、汇通产业园、潇河产业园、新能源汽车园四个产业园区，"
            + "本次评价的部门为新能源汽车园事业服务中心（即新能源汽车园）。新能源汽车园事业服务中心为公益一类事业单位，为副处级建制，"
            + "内设2个科室，分别是企业服务办公室、产业创新发展办公室。";

    /** The seed report's 主要经验和做法, shortened. */
    public static final String SEED_EXPERIENCE = "积极建链补链强链，壮大汽车产业集群\n积极推进汽车零部件制造和相关产业成链发展，"
            + "在建链、补链、强链上下功夫，新能源综合配套产业园引进的六家企业全部建成投产，为晋中市“一链三线”集聚整车和零部件配套产业注入强劲动力。";

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
        e.commissionUnder(SEED_BASIS);
        // the problems, recommendations and 摘要 as the templates draft them; the rest as the seed's evaluator wrote it
        e.prefillReport(JsonDraftTemplates.load());
        e.reviseDraft(null, null, new ReportSections(null, SEED_OVERVIEW, SEED_EXPERIENCE));
        EvaluationFixtures.advance(e, status);
        return e;
    }
}
