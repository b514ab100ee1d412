package org.perfeval.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditTrail;
import org.perfeval.common.ConflictException;
import org.perfeval.common.FieldError;
import org.perfeval.common.ForbiddenException;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;

/**
 * The administrator's directory work: organisations added, edited, deactivated and reactivated, and
 * conflicts of interest recorded, each change in the audit trail. The application layer provides
 * the transaction.
 */
@ApplicationScoped
public class DirectoryAdministration {

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Administrators administrators;

    public List<Organisation> organisations(Caller caller) {
        requireAdmin(caller);
        return directory.organisations();
    }

    /** The active organisations a bureau picks parties from when it commissions. */
    public List<Organisation> active(Caller caller) {
        if (!caller.is(Role.BUREAU) && !caller.is(Role.ADMIN)) {
            throw new ForbiddenException("只有财政局用户和系统管理员可以查看单位目录 (bureau users and administrators only)");
        }
        return directory.organisations().stream().filter(Organisation::isActive).toList();
    }

    public Organisation add(Caller caller, OrganisationDraft draft) {
        requireAdmin(caller);
        List<FieldError> errors = new ArrayList<>(draft.unreadable());
        Organisation parent = checked(draft, draft.type(), errors);
        codeUnique(draft.code(), null, errors);
        failOn(errors);
        if (directory.organisationNamed(draft.name()).isPresent()) {
            throw new ConflictException("单位名称已存在: " + draft.name() + " (an organisation of this name exists)");
        }
        Organisation created = directory.addOrganisation(new Organisation(draft.name(), draft.type(), draft.code(), parent));
        audit.record(new AuditEvent(caller.username(), caller.address(), "organisation.add", target(created), null,
                AuditState.NONE, created.facts()));
        return created;
    }

    /** Name, code and 主管部门 may change; the type stays what it was. */
    public Organisation edit(Caller caller, long id, OrganisationDraft draft) {
        requireAdmin(caller);
        Organisation existing = find(id);
        List<FieldError> errors = new ArrayList<>(draft.unreadable());
        boolean sameParent = existing.getParent() != null && existing.getParent().getId().equals(draft.parentId());
        // a 主管部门 deactivated since stays acceptable as long as the edit keeps it
        Organisation parent = sameParent ? existing.getParent() : checked(draft, existing.getType(), errors);
        if (sameParent) {
            checkedCode(draft.code(), existing.getType(), errors);
        }
        for (Organisation p = parent; p != null; p = p.getParent()) {
            if (p.getId() == id) {
                errors.add(new FieldError("parentId", "主管部门不能是本单位或其下级单位 (the parents would form a cycle)"));
                break;
            }
        }
        codeUnique(draft.code(), id, errors);
        if (draft.type() != null && draft.type() != existing.getType()) {
            errors.add(new FieldError("type", "单位类型不能修改 (the type cannot change)"));
        }
        failOn(errors);
        var sameName = directory.organisationNamed(draft.name());
        if (sameName.isPresent() && !sameName.get().getId().equals(id)) {
            throw new ConflictException("单位名称已存在: " + draft.name() + " (an organisation of this name exists)");
        }
        AuditState before = existing.facts();
        existing.edit(draft.name(), draft.code(), parent);
        audit.recordChange(AuditEvent.change(caller.username(), caller.address(), "organisation.edit", target(existing),
                null, before, existing.facts()));
        return existing;
    }

    /** Inactive organisations cannot be commissioned and their users cannot sign in; their history stays. */
    public Organisation setActive(Caller caller, long id, boolean active) {
        requireAdmin(caller);
        Organisation existing = find(id);
        if (!active && existing.getId() == caller.organisationId()) {
            throw new ConflictException("不能停用您自己所在的单位 (you cannot deactivate your own organisation)");
        }
        if (!active) {
            long children = directory.organisations().stream()
                    .filter(o -> o.isActive() && o.getParent() != null && o.getParent().getId().equals(id)).count();
            if (children > 0) {
                throw new ConflictException("该部门仍有" + children + "个启用的下级单位，请先停用或调整其主管部门 ("
                        + children + " active units still report to it)");
            }
            administrators.ensureOneRemains(a -> !a.getOrganisation().getId().equals(id));
        }
        AuditState before = existing.facts();
        existing.setActive(active);
        audit.recordChange(AuditEvent.change(caller.username(), caller.address(),
                active ? "organisation.activate" : "organisation.deactivate", target(existing), null, before,
                existing.facts()));
        return existing;
    }

    /**
     * Adds every organisation of a list (an Excel import), all or none: each problem is named by the
     * cell it came from. A 主管部门 may be an active department of the directory or one of the list.
     */
    public List<Organisation> importList(Caller caller, List<ListedOrganisation> rows) {
        requireAdmin(caller);
        if (rows.isEmpty()) {
            throw ValidationException.of("file", "表中没有单位 (no organisations in the list)");
        }
        List<FieldError> errors = new ArrayList<>();
        java.util.Map<String, ListedOrganisation> byName = new java.util.HashMap<>();
        java.util.Map<ListedOrganisation, OrganisationType> types = new java.util.HashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (ListedOrganisation row : rows) {
            if (row.name() == null) {
                errors.add(new FieldError(row.cellOf("name"), "单位名称必填 (name required)"));
                continue;
            }
            if (row.name().length() > 200 || org.perfeval.common.Text.hasHiddenCharacters(row.name())) {
                errors.add(new FieldError(row.cellOf("name"), "单位名称不能超过200字且不能含不可见字符 (at most 200 characters, no invisible characters)"));
            }
            if (byName.putIfAbsent(row.name(), row) != null) {
                errors.add(new FieldError(row.cellOf("name"), "表中重复的单位: " + row.name() + " (listed twice)"));
            } else if (directory.organisationNamed(row.name()).isPresent()) {
                errors.add(new FieldError(row.cellOf("name"), "单位名称已存在: " + row.name() + " (already in the directory)"));
            }
            OrganisationType type = OrganisationType.fromLabel(row.type());
            if (type == null) {
                errors.add(new FieldError(row.cellOf("type"), "单位类型应为 财政局、部门 或 评价机构 (BUREAU, DEPARTMENT or AGENCY)"));
            } else {
                types.put(row, type);
                String problem = OrganisationCodes.problem(type, row.code());
                if (problem != null) {
                    errors.add(new FieldError(row.cellOf("code"), problem));
                } else if (row.code() != null && (!codes.add(row.code()) || !directory.organisationsWithCode(row.code()).isEmpty())) {
                    errors.add(new FieldError(row.cellOf("code"), "编码已被其他单位使用: " + row.code() + " (code already used)"));
                }
            }
        }
        for (ListedOrganisation row : rows) {
            if (row.parentName() == null || row.name() == null) {
                continue;
            }
            ListedOrganisation listedParent = byName.get(row.parentName());
            boolean parentOk = listedParent != null ? types.get(listedParent) == OrganisationType.DEPARTMENT
                    && !row.parentName().equals(row.name())
                    : directory.organisationNamed(row.parentName())
                            .filter(p -> p.getType() == OrganisationType.DEPARTMENT && p.isActive()).isPresent();
            if (types.get(row) != null && types.get(row) != OrganisationType.DEPARTMENT) {
                errors.add(new FieldError(row.cellOf("parentName"), "只有预算单位有主管部门 (only departments have a parent)"));
            } else if (!parentOk) {
                errors.add(new FieldError(row.cellOf("parentName"), "主管部门应为启用的部门: " + row.parentName() + " (the parent must be an active department)"));
            }
        }
        failOn(errors);
        java.util.Map<String, Organisation> created = new java.util.LinkedHashMap<>();
        List<ListedOrganisation> pending = new ArrayList<>(rows);
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.iterator(); it.hasNext(); ) {
                ListedOrganisation row = it.next();
                Organisation parent = row.parentName() == null ? null : created.containsKey(row.parentName())
                        ? created.get(row.parentName())
                        : byName.containsKey(row.parentName()) ? null : directory.organisationNamed(row.parentName()).orElseThrow();
                if (row.parentName() != null && parent == null) {
                    continue; // its parent is a row not created yet
                }
                Organisation o = directory.addOrganisation(new Organisation(row.name(), types.get(row), row.code(), parent));
                audit.record(new AuditEvent(caller.username(), caller.address(), "organisation.import", target(o), null,
                        AuditState.NONE, o.facts()));
                created.put(row.name(), o);
                it.remove();
            }
            if (pending.size() == before) {
                throw new ValidationException(pending.stream().map(r -> new FieldError(r.cellOf("parentName"),
                        "主管部门关系成环 (parents form a cycle)")).toList());
            }
        }
        return List.copyOf(created.values());
    }

    public List<Directory.Conflict> conflicts(Caller caller) {
        requireAdmin(caller);
        return directory.conflicts();
    }

    /** Records that an agency may not evaluate a department (回避), e.g. because it audits it. */
    public void recordConflict(Caller caller, long agencyId, long departmentId, String reason) {
        requireAdmin(caller);
        List<FieldError> errors = new ArrayList<>();
        Organisation agency = directory.organisation(agencyId).orElse(null);
        Organisation department = directory.organisation(departmentId).orElse(null);
        if (agency == null || agency.getType() != OrganisationType.AGENCY) {
            errors.add(new FieldError("agencyId", "不是目录中的评价机构 (not an agency of the directory)"));
        }
        if (department == null || department.getType() != OrganisationType.DEPARTMENT) {
            errors.add(new FieldError("departmentId", "不是目录中的预算单位 (not a department of the directory)"));
        }
        failOn(errors);
        if (directory.conflicted(agencyId, departmentId)) {
            throw new ConflictException("该回避关系已存在 (already recorded)");
        }
        directory.recordConflict(agencyId, departmentId, reason);
        audit.record(new AuditEvent(caller.username(), caller.address(), "conflict.add",
                "organisation:" + agencyId, null, AuditState.NONE,
                new AuditState(java.util.Map.of("agency", agency.getName(), "department", department.getName(),
                        "reason", reason == null ? "" : reason))));
    }

    private static void checkedCode(String code, OrganisationType type, List<FieldError> errors) {
        String problem = type == null ? null : OrganisationCodes.problem(type, code);
        if (problem != null) {
            errors.add(new FieldError("code", problem));
        }
    }

    private Organisation checked(OrganisationDraft draft, OrganisationType type, List<FieldError> errors) {
        checkedCode(draft.code(), type, errors);
        if (draft.parentId() == null) {
            return null;
        }
        Organisation parent = directory.organisation(draft.parentId()).orElse(null);
        if (type != null && type != OrganisationType.DEPARTMENT) {
            errors.add(new FieldError("parentId", "只有预算单位有主管部门 (only departments have a parent)"));
        } else if (parent == null || parent.getType() != OrganisationType.DEPARTMENT || !parent.isActive()) {
            errors.add(new FieldError("parentId", "主管部门应为目录中启用的部门 (an active department of the directory)"));
        }
        return parent;
    }

    /** A code names one organisation: 统一社会信用代码 and 预算单位编码 are unique. */
    private void codeUnique(String code, Long self, List<FieldError> errors) {
        if (code != null && directory.organisationsWithCode(code).stream().anyMatch(o -> !o.getId().equals(self))) {
            errors.add(new FieldError("code", "编码已被其他单位使用: " + code + " (code already used)"));
        }
    }

    private Organisation find(long id) {
        return directory.organisation(id).orElseThrow(() -> new NotFoundException("单位 " + id + " 不存在 (no such organisation)"));
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以管理目录和账号 (administrators only)");
        }
    }

    static String target(Organisation o) {
        return "organisation:" + o.getId();
    }
}
