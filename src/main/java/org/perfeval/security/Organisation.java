package org.perfeval.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfeval.audit.AuditState;

/**
 * An entry of the bureau's directory: a bureau, a department (预算单位, with its 预算单位编码 and
 * 主管部门) or an agency (评价机构, with its 统一社会信用代码). Entries are deactivated, never deleted,
 * because evaluations and the audit trail keep referring to them.
 */
@Entity
@Table(name = "pe_organisation")
public class Organisation {

    @Id
    @SequenceGenerator(name = "pe_organisation_seq", sequenceName = "pe_organisation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pe_organisation_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    private String code;

    /** 主管部门: the department a budget unit reports to. */
    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Column(nullable = false)
    private boolean active = true;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type) {
        this(name, type, null, null);
    }

    public Organisation(String name, OrganisationType type, String code, Organisation parent) {
        this.name = name;
        this.type = type;
        this.code = code;
        this.parent = parent;
    }

    void edit(String newName, String newCode, Organisation newParent) {
        this.name = newName;
        this.code = newCode;
        this.parent = newParent;
    }

    void setActive(boolean value) {
        this.active = value;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getCode() {
        return code;
    }

    public Organisation getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    /** The entry as the audit trail records it. */
    AuditState facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("type", type.name());
        f.put("code", code);
        f.put("parent", parent == null ? null : parent.getName());
        f.put("active", String.valueOf(active));
        return new AuditState(f);
    }
}
