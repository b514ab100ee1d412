package org.perfeval.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfeval.audit.AuditState;

/** A person's account: one role in one organisation. Disabled, never deleted (the audit trail names it). */
@Entity
@Table(name = "pe_user")
public class UserAccount {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private boolean active = true;

    /** Set by an administrator's reset: the next sign-in may do nothing but choose a new password. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** A demo account: lets nobody in outside demo mode. */
    @Column(nullable = false)
    private boolean demo;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role, Organisation organisation) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisation = organisation;
    }

    public static UserAccount demo(String username, String displayName, String passwordHash, Role role,
                                   Organisation organisation) {
        UserAccount account = new UserAccount(username, displayName, passwordHash, role, organisation);
        account.demo = true;
        return account;
    }

    /** A one-time password: the first sign-in must choose a new one. */
    public void mustChangePasswordAtNextSignIn() {
        this.mustChangePassword = true;
    }

    void changePassword(String newHash, boolean mustChangeNext) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeNext;
    }

    void setActive(boolean value) {
        this.active = value;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isActive() {
        return active;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isDemo() {
        return demo;
    }

    /** May sign in at all: enabled, in an active organisation, and no demo account outside demo mode. */
    public boolean maySignIn(boolean demoMode) {
        return active && organisation.isActive() && (demoMode || !demo);
    }

    public Caller asCaller() {
        return new Caller(username, displayName, role, organisation.getId(), organisation.getName(), null,
                mustChangePassword);
    }

    /** The account as the audit trail records it; never the password hash. */
    AuditState facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("displayName", displayName);
        f.put("role", role.name());
        f.put("organisation", organisation.getName());
        f.put("active", String.valueOf(active));
        f.put("mustChangePassword", String.valueOf(mustChangePassword));
        return new AuditState(f);
    }
}
