package org.perfeval.selfevaluation;

import java.util.List;
import org.perfeval.common.FieldError;

/**
 * A form as read from its file and desk-reviewed, ready to be stored: {@code ordinal} is its place in
 * the file (so that a resumed check skips what is stored). An unreadable form has errors and
 * neither form nor review.
 */
public record CheckedForm(int ordinal, String source, SelfEvaluationForm form, List<FieldError> errors, FormReview review) {

    public CheckedForm {
        errors = List.copyOf(errors);
    }

    public static CheckedForm of(int ordinal, FormSheet.Reading reading, ReviewRules rules) {
        if (reading.form() == null || !reading.errors().isEmpty()) {
            return new CheckedForm(ordinal, reading.sheet(), null, reading.errors(), null);
        }
        return new CheckedForm(ordinal, reading.sheet(), reading.form(), List.of(), DeskReview.of(reading.form(), rules));
    }

    public boolean readable() {
        return review != null;
    }
}
