package org.perfeval.evaluation;

import java.util.List;
import java.util.Optional;

public interface EvaluationRepository {

    Evaluation add(Evaluation evaluation);

    Optional<Evaluation> find(long id);

    /** All evaluations in which the organisation takes part (as bureau, agency or subject), newest first. */
    List<Evaluation> involving(long organisationId);

    List<Evaluation> all();

    void record(HistoryEntry entry);

    List<HistoryEntry> history(long evaluationId);
}
