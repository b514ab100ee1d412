package org.perfeval.web;

import java.util.Arrays;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.evaluation.EvaluationStatus;

/** Query parameters of the lists (filters and paging), read strictly: a bad one is a 422 naming it. */
final class ListParams {

    private ListParams() {
    }

    /** A non-negative int, or the fallback when absent. */
    static int count(String text, String field, int fallback, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "应为非负整数 (non-negative integer expected)"));
            return fallback;
        }
    }

    /** A positive id, or null when absent. */
    static Long id(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(text.strip());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "应为正整数编号 (positive id expected)"));
            return null;
        }
    }

    /** A budget year (2000–2100), or null when absent. */
    static Integer year(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y < 2000 || y > 2100) {
                throw new NumberFormatException();
            }
            return y;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "应为2000至2100之间的年度 (a year from 2000 to 2100 expected)"));
            return null;
        }
    }

    /** A page whose first entry (page × size) lies beyond {@code maxOffset} is refused: a filter serves better. */
    static void pageWithin(long page, long size, long maxOffset, List<FieldError> errors) {
        if (page * size > maxOffset) {
            errors.add(new FieldError("page", "页码过大 (page out of range)"));
        }
    }

    static EvaluationStatus status(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return EvaluationStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "应为以下之一 (one of): " + Arrays.toString(EvaluationStatus.values())));
            return null;
        }
    }

    /** The page size: absent means the default; above the maximum is refused rather than silently cut. */
    static int size(String text, int fallback, int max, List<FieldError> errors) {
        int s = count(text, "size", fallback, errors);
        if (s == 0 || s > max) {
            errors.add(new FieldError("size", "每页1至" + max + "条 (from 1 to " + max + ")"));
            return fallback;
        }
        return s;
    }
}
