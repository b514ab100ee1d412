package org.perfeval.audit;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit events of one transaction, kept until its use case ends. Appending takes the lock of
 * the chain's head until commit, so the later it happens, the shorter other writers wait: a use
 * case collects its events here and appends them all as its last step.
 */
@TransactionScoped
public class AuditBuffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private int depth;
    private final List<AuditEvent> pending = new ArrayList<>();

    /** A use case (or one nested in it) starts in this transaction. */
    public void enter() {
        depth++;
    }

    /** A use case ends; true when it was the outermost, whose end appends what was collected. */
    public boolean leave() {
        return --depth == 0;
    }

    boolean deferring() {
        return depth > 0;
    }

    void add(AuditEvent event) {
        pending.add(event);
    }

    List<AuditEvent> drain() {
        List<AuditEvent> events = List.copyOf(pending);
        pending.clear();
        return events;
    }
}
