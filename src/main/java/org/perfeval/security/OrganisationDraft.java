package org.perfeval.security;

import java.util.List;
import org.perfeval.common.FieldError;

/**
 * A directory entry as an administrator typed it (a new one, or an edit of an existing one whose
 * type then stays). Fields the web edge could not read are null and named in {@code unreadable}, so
 * that all problems are reported in one answer.
 */
public record OrganisationDraft(String name, OrganisationType type, String code, Long parentId,
                                List<FieldError> unreadable) {

    public OrganisationDraft {
        unreadable = List.copyOf(unreadable);
        code = code == null || code.isBlank() ? null : code.strip();
    }
}
