package org.perfeval.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import org.perfeval.common.ConflictException;

/**
 * Keeps at least one administrator who can sign in outside demo mode: enabled, not a demo account,
 * in an active organisation. Checked under a lock on the administrators' rows, so that two changes at
 * once (each admin disabling the other, or deactivating the other's bureau) cannot both pass.
 */
@ApplicationScoped
public class Administrators {

    @Inject
    Directory directory;

    /** Refuses (409) a change after which no administrator that {@code remains} would be left. */
    public void ensureOneRemains(Predicate<UserAccount> remains) {
        boolean anyLeft = directory.lockActiveAdmins().stream()
                .filter(Administrators::canAdminister)
                .anyMatch(remains);
        if (!anyLeft) {
            throw new ConflictException("不能停用最后一个可登录的管理员 (the last administrator who can sign in cannot be disabled)");
        }
    }

    /** An administrator who can sign in whatever the mode: demo accounts do not count. */
    public static boolean canAdminister(UserAccount u) {
        return u.getRole() == Role.ADMIN && u.maySignIn(false);
    }
}
