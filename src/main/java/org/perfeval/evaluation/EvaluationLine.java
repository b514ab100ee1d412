package org.perfeval.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.perfeval.scoring.Grade;
import org.perfeval.security.Organisation;

/**
 * What a line of the evaluation list shows of an evaluation: its columns and its parties' names,
 * read without the evaluation's document (the sheet, funds and report), which a list never shows.
 */
public record EvaluationLine(long id, String title, int year, EvaluationKind kind, EvaluationStatus status,
                             Party subject, Party agency, Party bureau, LocalDate dueDate, Instant createdAt,
                             long version, BigDecimal total, Grade grade) {

    /** An organisation as a list names it. */
    public record Party(long id, String name) {

        static Party of(Organisation o) {
            return new Party(o.getId(), o.getName());
        }
    }

    public static EvaluationLine of(Evaluation e) {
        return new EvaluationLine(e.getId(), e.getTitle(), e.getYear(), e.getKind(), e.getStatus(), Party.of(e.getSubject()),
                Party.of(e.getAgency()), Party.of(e.getBureau()), e.getDueDate(), e.getCreatedAt(), e.getVersion(),
                e.getTotal(), e.getGrade());
    }
}
