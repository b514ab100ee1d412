package org.perfeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.ConflictException;
import org.perfeval.scoring.Grade;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;

/** The aggregate's guarded transitions and the budget advice from the grade. */
class EvaluationTest {

    private static Evaluation fresh() {
        return new Evaluation("t", 2022, EvaluationKind.DEPARTMENT, new Organisation("d", OrganisationType.DEPARTMENT),
                new Organisation("a", OrganisationType.AGENCY), new Organisation("b", OrganisationType.BUREAU),
                LocalDate.of(2027, 1, 1), Instant.EPOCH);
    }

    @Test
    void stagesMoveOnlyAlongTheProcess() {
        Evaluation e = fresh();
        assertThrows(ConflictException.class, () -> e.enter(EvaluationStatus.PUBLISHED));
        assertEquals(EvaluationStatus.COMMISSIONED, e.getStatus());
        assertFalse(e.enter(EvaluationStatus.COMMISSIONED), "entering the current stage changes nothing");
        EvaluationFixtures.advance(e, EvaluationStatus.REVIEW);
        assertTrue(e.enter(EvaluationStatus.SCORING), "a review returns the draft to scoring");
        EvaluationFixtures.advance(fresh(), EvaluationStatus.CLOSED);
        Evaluation refused = fresh();
        refused.enter(EvaluationStatus.CANCELLED);
        assertThrows(ConflictException.class, () -> refused.enter(EvaluationStatus.TARGETS));
    }

    @Test
    void everyStageButTheEndsHasSomewhereToGo() {
        for (EvaluationStatus s : EvaluationStatus.values()) {
            boolean end = s == EvaluationStatus.CLOSED || s == EvaluationStatus.CANCELLED;
            assertEquals(end, s.next().isEmpty(), s::name);
        }
    }

    @Test
    void aNewEvaluationHasAnEmptyDocumentAndNoGrade() {
        Evaluation e = fresh();
        assertFalse(e.sheet().hasTargets());
        assertNull(e.result());
        assertNull(e.getGrade());
        e.prefillReport(org.perfeval.json.JsonDraftTemplates.load());
        assertEquals(List.of(), e.findings());
    }

    @Test
    void budgetAdviceFollowsTheGrade() {
        assertEquals(BudgetAdvice.PRIORITY, BudgetAdvice.forGrade(Grade.EXCELLENT));
        assertEquals(BudgetAdvice.AS_JUSTIFIED, BudgetAdvice.forGrade(Grade.GOOD));
        assertEquals(BudgetAdvice.CUT, BudgetAdvice.forGrade(Grade.FAIR));
        assertEquals(BudgetAdvice.SUSPEND, BudgetAdvice.forGrade(Grade.POOR));
        assertEquals(BudgetAdvice.SUSPEND, BudgetAdvice.forGrade(null));
    }
}
