package org.perfeval.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.security.AccountDraft;
import org.perfeval.security.Directory;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationDraft;
import org.perfeval.security.OrganisationType;
import org.perfeval.security.Role;
import org.perfeval.security.UserAccount;

/** The directory and accounts at the edge: requests read into drafts (every bad field named), entries written out. */
final class DirectoryJson {

    private static final JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;

    private DirectoryJson() {
    }

    /** {@code {name, type, code?, parentId?}}; for an edit {@code type} may be left out. */
    static OrganisationDraft organisation(JsonObject body, boolean typeRequired) {
        List<FieldError> errors = new ArrayList<>();
        String name = CommissionJson.text(body, "name", 200, errors, "name");
        OrganisationType type = null;
        if (typeRequired || body.containsKey("type")) {
            String t = CommissionJson.text(body, "type", 20, errors, "type");
            type = t == null ? null : constant(OrganisationType.class, t, "type", errors);
        }
        String code = optionalText(body, "code", 40, errors);
        Long parentId = optionalId(body, "parentId", errors);
        return new OrganisationDraft(name, type, code, parentId, errors);
    }

    /** {@code {username, password, role, organisationId, displayName?}}. */
    static AccountDraft account(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        String username = CommissionJson.text(body, "username", 64, errors, "username");
        String password = password(body, "password", errors);
        String r = CommissionJson.text(body, "role", 20, errors, "role");
        Role role = r == null ? null : constant(Role.class, r, "role", errors);
        Long organisationId = optionalId(body, "organisationId", errors);
        if (organisationId == null && errors.stream().noneMatch(e -> e.path().equals("organisationId"))) {
            errors.add(new FieldError("organisationId", "必填 (required)"));
        }
        String displayName = optionalText(body, "displayName", 200, errors);
        return new AccountDraft(username, displayName, password, role, organisationId, errors);
    }

    /** A password is taken exactly as typed (no trimming); its rule is the domain's. */
    static String password(JsonObject body, String field, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field, "必填 (required)"));
            return null;
        }
        if (!(v instanceof JsonString s)) {
            errors.add(new FieldError(field, "应为字符串 (string expected)"));
            return null;
        }
        return s.getString();
    }

    static String optionalText(JsonObject body, String field, int max, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL
                || (v instanceof JsonString s && s.getString().isBlank())) {
            return null;
        }
        return CommissionJson.text(body, field, max, errors, field);
    }

    static Long optionalId(JsonObject body, String field, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Long id = v instanceof JsonNumber n ? CommissionJson.positiveId(n) : null;
        if (id == null) {
            errors.add(new FieldError(field, "应为正整数 (positive integer id expected)"));
        }
        return id;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String path, List<FieldError> errors) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        String choices = String.join(" | ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        errors.add(new FieldError(path, "应为 " + choices + " (one of " + choices + ")"));
        return null;
    }

    static JsonObject organisation(Organisation o) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", o.getId()).add("name", o.getName())
                .add("type", o.getType().name()).add("active", o.isActive());
        b.add("code", o.getCode() == null ? JsonValue.NULL : org.perfeval.json.Json.string(o.getCode()));
        if (o.getParent() != null) {
            b.add("parentId", o.getParent().getId()).add("parent", o.getParent().getName());
        } else {
            b.add("parentId", JsonValue.NULL).add("parent", JsonValue.NULL);
        }
        return b.build();
    }

    static JsonObject organisations(List<Organisation> list, List<Directory.Conflict> conflicts) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        list.forEach(o -> items.add(organisation(o)));
        JsonArrayBuilder c = JSON.createArrayBuilder();
        conflicts.forEach(x -> c.add(JSON.createObjectBuilder().add("agencyId", x.agencyId()).add("agency", x.agency())
                .add("departmentId", x.departmentId()).add("department", x.department())
                .add("reason", x.reason() == null ? "" : x.reason())));
        return JSON.createObjectBuilder().add("items", items).add("total", list.size()).add("conflicts", c).build();
    }

    static JsonObject user(UserAccount u) {
        return JSON.createObjectBuilder().add("username", u.getUsername()).add("displayName", u.getDisplayName())
                .add("role", u.getRole().name()).add("organisationId", u.getOrganisation().getId())
                .add("organisation", u.getOrganisation().getName()).add("active", u.isActive())
                .add("mustChangePassword", u.mustChangePassword()).add("demo", u.isDemo()).build();
    }

    static JsonObject users(List<UserAccount> list) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        list.forEach(u -> items.add(user(u)));
        return JSON.createObjectBuilder().add("items", items).add("total", list.size()).build();
    }
}
