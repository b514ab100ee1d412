package org.perfeval.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.audit.AuditEntry;
import org.perfeval.audit.AuditPage;
import org.perfeval.audit.AuditQuery;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditVerification;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;

/** The audit trail at the edge: the filter read from query parameters, entries and verification written out. */
final class AuditJson {

    private static final JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;

    private AuditJson() {
    }

    /** Dates ({@code from}, {@code to}, inclusive) are days in the configured zone, or ISO instants. */
    static AuditQuery query(String actor, String action, String target, String from, String to, String page, String size,
                            ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        Instant start = instant(from, "from", zone, false, errors);
        Instant end = instant(to, "to", zone, true, errors);
        int p = ListParams.count(page, "page", 0, errors);
        int s = ListParams.count(size, "size", 50, errors);
        if (s > AuditQuery.MAX_SIZE) {
            errors.add(new FieldError("size", "每页最多" + AuditQuery.MAX_SIZE + "条 (at most " + AuditQuery.MAX_SIZE + ")"));
        } else {
            // the page's first entry is page × size: beyond an int it turned negative (a 500)
            ListParams.pageWithin(p, s <= 0 ? 50 : s, AuditQuery.MAX_OFFSET, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AuditQuery(null, blankToNull(actor), blankToNull(action), blankToNull(target), start, end, p, s);
    }

    private static Instant instant(String text, String field, ZoneId zone, boolean endOfDay, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "日期格式应为 YYYY-MM-DD 或 ISO 时间 (date or ISO instant expected)"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static JsonObject page(AuditPage page) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(e -> items.add(entry(e)));
        return JSON.createObjectBuilder().add("items", items).add("total", page.total()).build();
    }

    static JsonObject entry(AuditEntry e) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", e.id()).add("at", e.at().toString())
                .add("actor", e.actor()).add("action", e.action()).add("target", e.target());
        b.add("address", e.address() == null ? JsonValue.NULL : org.perfeval.json.Json.string(e.address()));
        b.add("evaluationId", e.evaluationId() == null ? JsonValue.NULL : org.perfeval.json.Json.number(java.math.BigDecimal.valueOf(e.evaluationId())));
        return b.add("before", state(e.before())).add("after", state(e.after())).add("hash", e.hash()).build();
    }

    private static JsonObject state(AuditState s) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        s.facts().forEach(b::add);
        return b.build();
    }

    static JsonObject verification(AuditVerification v) {
        return JSON.createObjectBuilder().add("valid", v.valid()).add("entries", v.entries())
                .add("firstBrokenId", v.firstBrokenId() == null ? JsonValue.NULL : org.perfeval.json.Json.number(java.math.BigDecimal.valueOf(v.firstBrokenId())))
                .add("headHash", v.headHash()).build();
    }
}
