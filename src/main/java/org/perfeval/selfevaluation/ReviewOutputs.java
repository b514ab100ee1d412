package org.perfeval.selfevaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.perfeval.security.Caller;

/**
 * What the review produces from a batch for its bureau: the forms with all that was made of them,
 * read page by page in department order (the working papers stream them, so a province's year never
 * sits in memory), the statistics of the report and the dashboard, and the budget advice.
 */
@ApplicationScoped
public class ReviewOutputs {

    /** Forms read at a time. */
    static final int PAGE = 500;

    @Inject
    SelfEvaluationRepository batches;

    @Inject
    BatchAccess access;

    @Inject
    @ConfigProperty(name = "PERFEVAL_ADVICE_FAIR_CUT_PERCENT", defaultValue = "10")
    BigDecimal fairCutPercent;

    /** The batch as its outputs describe it; the bureau's and the administrators' only. */
    public BatchSummary summary(Caller caller, long batchId) {
        ReviewBatch b = access.whole(caller, batchId);
        Map<String, Flag> departmentFlags = new LinkedHashMap<>();
        batches.departments(batchId).forEach(d -> {
            if (d.departmentFlag() != null) {
                departmentFlags.put(d.department(), d.departmentFlag());
            }
        });
        return new BatchSummary(b.name(), b.year(), b.rules(), b.processed(), b.failed(), b.sampling(), departmentFlags);
    }

    /** Every readable form with its desk review, recheck and answer, by department; read a page at a time as iterated. */
    public Iterable<ReviewedForm> forms(long batchId) {
        ReviewRules rules = batches.batch(batchId).orElseThrow().rules();
        return () -> new Iterator<>() {
            private int page;
            private Iterator<StoredForm> current = List.<StoredForm>of().iterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!current.hasNext() && !exhausted) {
                    List<StoredForm> next = batches.readableByDepartment(batchId, page++, PAGE);
                    exhausted = next.size() < PAGE;
                    current = next.iterator();
                }
                return current.hasNext();
            }

            @Override
            public ReviewedForm next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                StoredForm f = current.next();
                return new ReviewedForm(f.id(), DeskReview.of(f.form(), rules), f.recheck(), f.answer());
            }
        };
    }

    public ReviewStatistics statistics(Caller caller, long batchId) {
        access.whole(caller, batchId);
        return statistics(batchId);
    }

    public ReviewStatistics statistics(long batchId) {
        ReviewStatistics stats = new ReviewStatistics();
        forms(batchId).forEach(stats::add);
        return stats;
    }

    /** One page of the forms' budget advice (结果应用), in department order. */
    public List<FormBudgetAdvice> advice(Caller caller, long batchId, int page, int size) {
        ReviewRules rules = access.whole(caller, batchId).rules();
        return batches.readableByDepartment(batchId, page, size).stream()
                .map(f -> FormBudgetAdvice.of(new ReviewedForm(f.id(), DeskReview.of(f.form(), rules), f.recheck(), f.answer()),
                        fairCutPercent)).toList();
    }

    public BigDecimal fairCutPercent() {
        return fairCutPercent;
    }
}
