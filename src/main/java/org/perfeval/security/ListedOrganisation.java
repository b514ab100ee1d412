package org.perfeval.security;

import java.util.Map;

/**
 * One row of an organisation list (an Excel import): its 主管部门 named, since the parent may be a
 * row of the same list. {@code cells} names the cell each field came from, for error messages.
 */
public record ListedOrganisation(String name, String type, String code, String parentName, Map<String, String> cells) {

    public ListedOrganisation {
        cells = Map.copyOf(cells);
    }

    public String cellOf(String field) {
        return cells.getOrDefault(field, field);
    }
}
