package org.perfeval.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an audited thing looked like before or after a change, as named facts (a target, an
 * amount, a score, a status …) in a stable order. Stored as text with one fact per line, so that
 * the hashed value is the stored value and anyone can read it without a JSON parser.
 */
public record AuditState(Map<String, String> facts) {

    public static final AuditState NONE = new AuditState(Map.of());

    public AuditState {
        TreeMap<String, String> sorted = new TreeMap<>();
        facts.forEach((k, v) -> {
            if (v != null) {
                sorted.put(k, v);
            }
        });
        facts = Collections.unmodifiableMap(sorted);
    }

    public static AuditState of(String key, Object value) {
        return new AuditState(Map.of(key, String.valueOf(value)));
    }

    public boolean isEmpty() {
        return facts.isEmpty();
    }

    /** The facts of this state that differ from {@code other}'s (missing on either side counts). */
    public AuditState changedFrom(AuditState other) {
        TreeMap<String, String> changed = new TreeMap<>();
        facts.forEach((k, v) -> {
            if (!Objects.equals(v, other.facts.get(k))) {
                changed.put(k, v);
            }
        });
        return new AuditState(changed);
    }

    /** The keys set on one side only, or set differently: what a change touched. */
    public static AuditState[] difference(AuditState before, AuditState after) {
        TreeMap<String, String> b = new TreeMap<>(before.changedFrom(after).facts);
        TreeMap<String, String> a = new TreeMap<>(after.changedFrom(before).facts);
        // a fact removed by the change shows as "" after it, so that old → new reads complete
        b.keySet().forEach(k -> a.putIfAbsent(k, ""));
        a.keySet().forEach(k -> b.putIfAbsent(k, ""));
        return new AuditState[]{new AuditState(b), new AuditState(a)};
    }

    String encode() {
        StringBuilder text = new StringBuilder();
        facts.forEach((k, v) -> text.append(escape(k)).append('\t').append(escape(v)).append('\n'));
        return text.toString();
    }

    static AuditState decode(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        TreeMap<String, String> facts = new TreeMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab >= 0) {
                facts.put(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1)));
            }
        }
        return new AuditState(facts);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
