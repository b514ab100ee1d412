package org.perfeval.security;

import java.util.List;
import org.perfeval.common.FieldError;

/** A new account as an administrator typed it; unreadable fields are null and named in {@code unreadable}. */
public record AccountDraft(String username, String displayName, String password, Role role, Long organisationId,
                           List<FieldError> unreadable) {

    public AccountDraft {
        unreadable = List.copyOf(unreadable);
    }
}
