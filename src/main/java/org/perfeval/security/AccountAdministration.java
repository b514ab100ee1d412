package org.perfeval.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditTrail;
import org.perfeval.common.ConflictException;
import org.perfeval.common.FieldError;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;

/**
 * Accounts: created, disabled and enabled by an administrator, passwords reset by one (to be changed
 * at the next sign-in) and changed by their owners. The last active administrator cannot be
 * disabled. Every change goes into the audit trail, never a password or its hash.
 */
@ApplicationScoped
public class AccountAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No characters that read alike (0/O, 1/l/I). */
    private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Authenticator authenticator;

    @Inject
    Administrators administrators;

    @Inject
    SignInThrottle throttle;

    public List<UserAccount> users(Caller caller) {
        DirectoryAdministration.requireAdmin(caller);
        return directory.users();
    }

    public UserAccount create(Caller caller, AccountDraft draft) {
        DirectoryAdministration.requireAdmin(caller);
        List<FieldError> errors = new ArrayList<>(draft.unreadable());
        if (draft.username() != null && !draft.username().matches("[A-Za-z0-9._-]{2,64}")) {
            errors.add(new FieldError("username", "用户名为2至64位字母、数字、点、下划线或连字符 (2-64 letters, digits, . _ -)"));
        }
        if (draft.password() != null) {
            String problem = PasswordPolicy.problem(draft.username(), draft.password());
            if (problem != null) {
                errors.add(new FieldError("password", problem));
            }
        }
        Organisation organisation = null;
        if (draft.organisationId() != null) {
            organisation = directory.organisation(draft.organisationId()).orElse(null);
            if (organisation == null || !organisation.isActive()) {
                errors.add(new FieldError("organisationId", "不是目录中启用的单位 (not an active organisation of the directory)"));
            } else if (draft.role() != null && !draft.role().belongsTo(organisation.getType())) {
                errors.add(new FieldError("role", draft.role() + " 角色不能属于" + organisation.getName()
                        + " (role does not fit the organisation's type " + organisation.getType() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (directory.user(draft.username()).isPresent()) {
            throw new ConflictException("用户名已存在: " + draft.username() + " (user name taken)");
        }
        String displayName = draft.displayName() == null ? draft.username() : draft.displayName();
        UserAccount user = directory.addUser(new UserAccount(draft.username(), displayName,
                authenticator.hash(draft.password()), draft.role(), organisation));
        audit.record(new AuditEvent(caller.username(), caller.address(), "user.add", target(user), null,
                AuditState.NONE, user.facts()));
        return user;
    }

    public UserAccount setActive(Caller caller, String username, boolean active) {
        DirectoryAdministration.requireAdmin(caller);
        UserAccount user = find(username);
        if (!active && user.getRole() == Role.ADMIN) {
            administrators.ensureOneRemains(a -> !a.getUsername().equals(username));
        }
        AuditState before = user.facts();
        user.setActive(active);
        audit.recordChange(AuditEvent.change(caller.username(), caller.address(), active ? "user.enable" : "user.disable",
                target(user), null, before, user.facts()));
        return user;
    }

    /**
     * Sets a password the user must change at the next sign-in: the one given, or a one-time one
     * made here. Returns the password to hand over.
     */
    public String resetPassword(Caller caller, String username, String given) {
        DirectoryAdministration.requireAdmin(caller);
        UserAccount user = find(username);
        String password = given;
        if (password == null) {
            password = oneTimePassword();
        } else {
            String problem = PasswordPolicy.problem(username, password);
            if (problem != null) {
                throw ValidationException.of("password", problem);
            }
        }
        AuditState before = user.facts();
        user.changePassword(authenticator.hash(password), true);
        audit.record(AuditEvent.change(caller.username(), caller.address(), "user.resetPassword", target(user), null,
                before, withPassword(user.facts(), "reset")));
        return password;
    }

    /** The owner's own change: the current password proves it is them; the new one must pass the rule and differ. */
    public void changeOwnPassword(Caller caller, String current, String chosen) {
        UserAccount user = find(caller.username());
        List<FieldError> errors = new ArrayList<>();
        // guessing the current password through a held session is throttled like signing in
        throttle.check(caller.username(), caller.address());
        if (current == null || !authenticator.matches(current, user.getPasswordHash())) {
            throttle.failed(caller.username(), caller.address());
            errors.add(new FieldError("currentPassword", "当前密码不正确 (current password is wrong)"));
        }
        String problem = PasswordPolicy.problem(caller.username(), chosen);
        if (problem != null) {
            errors.add(new FieldError("newPassword", problem));
        } else if (chosen.equals(current)) {
            errors.add(new FieldError("newPassword", "新密码不能与当前密码相同 (must differ from the current password)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AuditState before = user.facts();
        user.changePassword(authenticator.hash(chosen), false);
        audit.record(AuditEvent.change(caller.username(), caller.address(), "user.changePassword", target(user), null,
                before, withPassword(user.facts(), "changed")));
    }

    public static String oneTimePassword() {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            p.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
        }
        // a digit and a symbol make it pass the strength rule whatever letters were drawn
        return p.append(RANDOM.nextInt(10)).append('#').toString();
    }

    private static AuditState withPassword(AuditState facts, String what) {
        var f = new java.util.LinkedHashMap<>(facts.facts());
        f.put("password", what);
        return new AuditState(f);
    }

    private UserAccount find(String username) {
        return directory.user(username).orElseThrow(() -> new NotFoundException("用户 " + username + " 不存在 (no such user)"));
    }

    static String target(UserAccount u) {
        return "user:" + u.getUsername();
    }
}
