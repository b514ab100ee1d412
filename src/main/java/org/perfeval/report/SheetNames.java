package org.perfeval.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Worksheet names that Excel accepts, one per sheet of a workbook: at most 31 characters, none of
 * {@code [ ] : * ? / \}, no apostrophe at either end, not blank, not Excel's reserved "History", and
 * unique regardless of case (Excel refuses "财政局" twice, and "Abc" beside "ABC"); a name already
 * taken gets "(2)", "(3)" ….
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final String FORBIDDEN = "[]:*?/\\";

    private final Set<String> taken = new HashSet<>();

    /** A free name as close to the wish as Excel allows, now taken. */
    String unique(String wish) {
        String base = sanitized(wish);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = "(" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    static String sanitized(String wish) {
        StringBuilder b = new StringBuilder();
        String w = wish == null ? "" : wish.strip();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        String name = cut(b.toString(), MAX_LENGTH);
        name = stripApostrophes(name);
        if (name.isBlank() || name.equalsIgnoreCase("History")) {
            return name.isBlank() ? "未命名" : name + "_";
        }
        return name;
    }

    private static String stripApostrophes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '\'') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '\'') {
            end--;
        }
        return name.substring(start, end);
    }

    /** At most {@code max} characters, never half of a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
