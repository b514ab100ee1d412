package org.perfeval.evaluation;

/**
 * The document an evaluation is commissioned under (the bureau's 实施方案 or notice), cited by the report's
 * 摘要: its title without 书名号 and its 文号, which may be absent.
 */
public record CommissionBasis(String title, String number) {

    public CommissionBasis {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("basis title required");
        }
        title = unquoted(title.strip());
        number = number == null || number.isBlank() ? null : number.strip();
    }

    /** 《…》 around the title is the report's to add. */
    private static String unquoted(String title) {
        return title.startsWith("《") && title.endsWith("》") && title.length() > 2
                ? title.substring(1, title.length() - 1) : title;
    }
}
