package org.perfeval.selfevaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;

/**
 * Shares the selected forms among the agencies: all of a department's forms go to one agency (one
 * visit per department), never to an agency with a recorded conflict of interest with it (回避), and
 * each department to the agency with the fewest forms so far, the largest departments first.
 */
public final class ReviewDispatch {

    private ReviewDispatch() {
    }

    /**
     * @param formsByDepartment the selected forms' ids by department
     * @throws ValidationException naming {@code agencies} when a department has no agency free of conflict
     */
    public static Map<Agency, List<Long>> assign(Map<String, List<Long>> formsByDepartment, List<Agency> agencies,
                                                 BiPredicate<Agency, String> conflicted) {
        Map<Agency, List<Long>> out = new LinkedHashMap<>();
        agencies.forEach(a -> out.put(a, new ArrayList<>()));
        List<FieldError> errors = new ArrayList<>();
        formsByDepartment.entrySet().stream()
                .sorted(Map.Entry.<String, List<Long>>comparingByValue((x, y) -> Integer.compare(y.size(), x.size()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> agencies.stream().filter(a -> !conflicted.test(a, e.getKey()))
                        .min((x, y) -> Integer.compare(out.get(x).size(), out.get(y).size()))
                        .ifPresentOrElse(a -> out.get(a).addAll(e.getValue()), () -> errors.add(new FieldError("agencies",
                                "所选机构均与" + e.getKey() + "存在利益冲突，须另选机构 (every agency chosen is conflicted with "
                                        + e.getKey() + ")"))));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }
}
