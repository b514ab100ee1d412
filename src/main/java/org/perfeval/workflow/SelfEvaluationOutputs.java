package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.perfeval.report.ReportFonts;
import org.perfeval.report.ReviewReport;
import org.perfeval.report.ReviewWorkpapers;
import org.perfeval.security.Caller;
import org.perfeval.selfevaluation.BatchSummary;
import org.perfeval.selfevaluation.FormBudgetAdvice;
import org.perfeval.selfevaluation.ReviewOutputs;
import org.perfeval.selfevaluation.ReviewStatistics;

/** The review's outputs for its bureau: working papers, report, dashboard figures and budget advice, each in one read transaction. */
@ApplicationScoped
public class SelfEvaluationOutputs {

    @Inject
    ReviewOutputs outputs;

    @Inject
    ReportFonts fonts;

    @Inject
    Clock clock;

    /** The batch's summary, which also says the caller may have its outputs (else 404). */
    @Transactional
    public BatchSummary summary(Caller caller, long batchId) {
        return outputs.summary(caller, batchId);
    }

    /** The 复核底稿, streamed into {@code out} as it is written. */
    @Transactional
    public void workpapers(Caller caller, long batchId, OutputStream out) {
        ReviewWorkpapers.write(outputs.summary(caller, batchId), outputs.forms(batchId), out);
    }

    @Transactional
    public byte[] report(Caller caller, long batchId, boolean pdf) {
        BatchSummary summary = outputs.summary(caller, batchId);
        ReviewStatistics stats = outputs.statistics(batchId);
        LocalDate today = LocalDate.now(clock);
        return pdf ? ReviewReport.pdf(summary, stats, today, outputs.fairCutPercent(), fonts.required())
                : ReviewReport.word(summary, stats, today, outputs.fairCutPercent());
    }

    @Transactional
    public ReviewStatistics statistics(Caller caller, long batchId) {
        return outputs.statistics(caller, batchId);
    }

    @Transactional
    public List<FormBudgetAdvice> advice(Caller caller, long batchId, int page, int size) {
        return outputs.advice(caller, batchId, page, size);
    }
}
