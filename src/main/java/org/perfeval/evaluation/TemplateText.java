package org.perfeval.evaluation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a paragraph template: {@code {name}} takes its value; a {@code [part]} whose placeholders are not
 * all known is left out whole, so that a missing figure drops its clause rather than printing a gap.
 */
public final class TemplateText {

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private TemplateText() {
    }

    public static String fill(String template, Map<String, String> values) {
        String kept = template;
        // innermost parts first: an outer part may stay while a part inside it is dropped
        for (Matcher parts = OPTIONAL.matcher(kept); parts.find(); parts = OPTIONAL.matcher(kept)) {
            StringBuilder next = new StringBuilder();
            parts.reset();
            while (parts.find()) {
                String part = parts.group(1);
                parts.appendReplacement(next, Matcher.quoteReplacement(allKnown(part, values) ? part : ""));
            }
            parts.appendTail(next);
            kept = next.toString();
        }
        Matcher names = PLACEHOLDER.matcher(kept);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            String value = values.get(names.group(1));
            names.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        names.appendTail(out);
        return out.toString();
    }

    /** The placeholders a template uses (the loader checks them against those the drafter knows). */
    public static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher names = PLACEHOLDER.matcher(template);
        while (names.find()) {
            out.add(names.group(1));
        }
        return out;
    }

    private static boolean allKnown(String part, Map<String, String> values) {
        Matcher names = PLACEHOLDER.matcher(part);
        while (names.find()) {
            String v = values.get(names.group(1));
            if (v == null || v.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
