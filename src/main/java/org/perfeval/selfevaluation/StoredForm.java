package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.perfeval.common.FieldError;

/**
 * A form of a batch as stored: where it came from, its desk-review figures, whether it is selected
 * for the on-site review (and why), and the form itself (null when it could not be read, in which
 * case {@code errors} say why, naming sheet and cell); once dispatched, the agency's assignment,
 * its recheck and reviewed total, and the department's answer (each null until there is one).
 */
public record StoredForm(long id, long batchId, String source, String project, String department, String unit,
                         BigDecimal annualBudget, BigDecimal printedTotal, BigDecimal recomputedTotal,
                         BigDecimal executionRate, BigDecimal deviation, boolean selected, SelectionReason selectionReason,
                         SelfEvaluationForm form, List<FieldError> errors, Long assignmentId, FormRecheck recheck,
                         BigDecimal reviewedTotal, String answer, String answeredBy, Instant answeredAt) {

    public StoredForm {
        errors = List.copyOf(errors);
    }

    public boolean readable() {
        return form != null;
    }
}
