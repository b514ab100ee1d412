package org.perfeval.evaluation;

/**
 * A finding (问题) or recommendation (建议) of the draft report: the rule's code when a rule drafted
 * it, its title, and the text under it (a finding's evidence figures, a recommendation's detail).
 */
public record DraftItem(String code, String title, String text) {

    public DraftItem {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title required");
        }
        title = title.strip();
    }

    public static DraftItem titled(String title) {
        return new DraftItem(null, title, null);
    }
}
