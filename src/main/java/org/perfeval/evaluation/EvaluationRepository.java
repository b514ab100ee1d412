package org.perfeval.evaluation;

import java.util.List;
import java.util.Optional;

public interface EvaluationRepository {

    Evaluation add(Evaluation evaluation);

    Optional<Evaluation> find(long id);

    /** All evaluations in which the organisation takes part (as bureau, agency or subject), newest first. */
    List<Evaluation> involving(long organisationId);

    List<Evaluation> all();

    /** Closed evaluations whose budget advice is for the given year, best score first. */
    List<Evaluation> adviceFor(int budgetYear);

    void record(HistoryEntry entry);

    List<HistoryEntry> history(long evaluationId);
}
