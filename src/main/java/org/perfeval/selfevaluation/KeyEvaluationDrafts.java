package org.perfeval.selfevaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.NotFoundException;
import org.perfeval.security.Caller;
import org.perfeval.security.Directory;

/**
 * Proposes a key evaluation from a reviewed form or a department (results used: the review feeds the
 * choice of next year's key evaluations), pre-filled from what the review found.
 */
@ApplicationScoped
public class KeyEvaluationDrafts {

    @Inject
    SelfEvaluationRepository batches;

    @Inject
    BatchAccess access;

    @Inject
    Directory directory;

    public CommissionDraft ofForm(Caller caller, long batchId, long formId) {
        ReviewBatch batch = access.owned(caller, batchId);
        StoredForm f = batches.form(batchId, formId).filter(StoredForm::readable)
                .orElseThrow(() -> new NotFoundException("自评表 " + formId + " 不存在或无法读取"));
        List<String> reasons = new ArrayList<>(DeskReview.of(f.form(), batch.rules()).flags().stream().map(Flag::message).toList());
        if (f.reviewedTotal() != null && f.printedTotal() != null) {
            reasons.add(0, "自评" + f.printedTotal().stripTrailingZeros().toPlainString() + "分，复核"
                    + f.reviewedTotal().stripTrailingZeros().toPlainString() + "分");
        }
        return new CommissionDraft(f.project() + batch.year() + "年度项目支出绩效评价", batch.year(), "PROJECT", f.department(),
                directory.organisationNamed(f.department()).isPresent(), basis(batch), f.annualBudget(), reasons);
    }

    public CommissionDraft ofDepartment(Caller caller, long batchId, String department) {
        ReviewBatch batch = access.owned(caller, batchId);
        DepartmentFigures d = batches.departments(batchId).stream().filter(x -> x.department().equals(department)).findFirst()
                .orElseThrow(() -> new NotFoundException("本批次没有「" + department + "」的自评表"));
        List<String> reasons = new ArrayList<>();
        reasons.add(d.forms() + "份自评表，" + d.flagged() + "份有标记，" + d.withErrors() + "份有错误");
        if (d.averageDeviation() != null) {
            reasons.add("平均偏差率" + d.averageDeviation().stripTrailingZeros().toPlainString() + "%");
        }
        if (d.departmentFlag() != null) {
            reasons.add(d.departmentFlag().message());
        }
        return new CommissionDraft(department + batch.year() + "年度部门整体支出绩效评价", batch.year(), "DEPARTMENT", department,
                directory.organisationNamed(department).isPresent(), basis(batch), d.budget(), reasons);
    }

    private static String basis(ReviewBatch batch) {
        return batch.name() + "复核结果";
    }
}
