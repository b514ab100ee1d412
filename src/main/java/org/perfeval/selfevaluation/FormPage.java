package org.perfeval.selfevaluation;

import java.util.List;

/** One page of a batch's forms, and how many match in all. */
public record FormPage(List<StoredForm> items, long total) {

    public FormPage {
        items = List.copyOf(items);
    }
}
