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

    /** The evaluation a user's earlier commission with this request key created, if any. */
    Optional<Long> commissionedWith(String username, String requestKey);

    /** Remembers which evaluation a user's commission with this request key created. */
    void rememberCommission(String username, String requestKey, long evaluationId, java.time.Instant at);

    List<HistoryEntry> history(long evaluationId);
}
