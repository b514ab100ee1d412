package org.perfeval.report;

import java.util.List;
import java.util.Map;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;

/**
 * What a spreadsheet delivered, with the cell each payload field came from, so that validation
 * errors name cells (绩效目标表!D7) rather than JSON paths.
 */
public record ImportedTable<T>(T content, Map<String, String> cellOfPath) {

    public ValidationException translate(ValidationException e) {
        List<FieldError> cells = e.errors().stream()
                .map(f -> new FieldError(cellOfPath.getOrDefault(f.path(), f.path()), f.message())).toList();
        return new ValidationException(cells);
    }
}
