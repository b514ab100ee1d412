package org.perfeval.evaluation;

import org.perfeval.scoring.Grade;
import java.util.List;
import java.util.Optional;

public interface EvaluationRepository {

    Evaluation add(Evaluation evaluation);

    Optional<Evaluation> find(long id);

    /** All evaluations in which the organisation takes part (as bureau, agency or subject), newest first. */
    List<Evaluation> involving(long organisationId);

    List<Evaluation> all();

    /**
     * One page of the list, newest first: those where {@code partyColumn} ({@code subject}, {@code agency} or
     * {@code bureau}) is {@code visibleTo}, or all when {@code partyColumn} is null; the query's organisation
     * is looked for in {@code organisationColumn}, one of the same three.
     */
    EvaluationListQuery.Page page(EvaluationListQuery query, String partyColumn, long visibleTo, String organisationColumn);

    /** How many of the same evaluations (as {@link #page}) have each grade. */
    java.util.Map<Grade, Long> gradeCounts(String partyColumn, long visibleTo);

    /** Closed evaluations whose budget advice is for the given year, best score first. */
    List<Evaluation> adviceFor(int budgetYear);

    void record(HistoryEntry entry);

    /** What a user's earlier commission with this request key created, if any. */
    Optional<CommissionKey> commissionedWith(String username, String requestKey);

    /** Remembers which evaluation a user's commission with this request key created, and what it asked for. */
    void rememberCommission(String username, String requestKey, String fingerprint, long evaluationId, java.time.Instant at);

    /** An Idempotency-Key's evaluation and the fingerprint of the request that created it. */
    record CommissionKey(long evaluationId, String fingerprint) {
    }

    List<HistoryEntry> history(long evaluationId);
}
