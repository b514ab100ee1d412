package org.perfeval.audit;

import java.util.List;

/** One page of the trail, oldest first, and how many entries the filter matches in all. */
public record AuditPage(List<AuditEntry> items, long total) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
