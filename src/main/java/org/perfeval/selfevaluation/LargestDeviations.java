package org.perfeval.selfevaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The forms whose printed total deviates most from the reviewed one, either way, kept in a heap of
 * at most {@code limit} whose head is the smallest kept: a batch of any size costs {@code limit} forms.
 * Equal deviations keep the earlier form (lower id), so the list does not depend on arrival order.
 */
final class LargestDeviations {

    /** Larger absolute deviation first, then the lower id. */
    static final Comparator<FormOutcome> LARGEST_FIRST = Comparator
            .comparing((FormOutcome o) -> o.deviation().abs()).reversed()
            .thenComparingLong(FormOutcome::id);

    private final int limit;
    private final PriorityQueue<FormOutcome> kept;

    LargestDeviations(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("keep at least one form, not " + limit);
        }
        this.limit = limit;
        this.kept = new PriorityQueue<>(limit + 1, LARGEST_FIRST.reversed());
    }

    void offer(FormOutcome outcome) {
        if (outcome.deviation() == null) {
            return;
        }
        kept.add(outcome);
        if (kept.size() > limit) {
            kept.poll();
        }
    }

    List<FormOutcome> largestFirst() {
        List<FormOutcome> out = new ArrayList<>(kept);
        out.sort(LARGEST_FIRST);
        return out;
    }
}
