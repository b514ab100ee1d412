package org.perfeval.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.perfeval.common.FieldError;

/**
 * The bureau's commission (评价任务) as the web edge read it. Fields it could not read are null and
 * named in {@code unreadable}, so that commissioning can report them together with the parties it
 * does not know, all in one answer.
 */
public record CommissionRequest(String title, int year, EvaluationKind kind, String subjectName, String agencyName,
                                LocalDate dueDate, List<FieldError> unreadable) {

    public CommissionRequest {
        unreadable = List.copyOf(unreadable);
    }
}
