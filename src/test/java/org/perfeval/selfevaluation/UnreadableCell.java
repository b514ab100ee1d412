package org.perfeval.selfevaluation;

/**
 * A number cell of a form holding text instead (十分, abc): where it is and what it says. The Excel
 * writer puts the text in that cell, the JSON writer a string in that field.
 *
 * @param indicator the indicator's index for the indicator fields, else -1
 */
public record UnreadableCell(Field field, int indicator, String text) {

    public enum Field { ANNUAL_BUDGET, EXECUTION_WEIGHT, INDICATOR_WEIGHT, INDICATOR_SCORE }

    /** The field's JSON path under the form ({@code indicators[3].weight}). */
    public String jsonPath() {
        return switch (field) {
            case ANNUAL_BUDGET -> "funds.annualBudget";
            case EXECUTION_WEIGHT -> "funds.weight";
            case INDICATOR_WEIGHT -> "indicators[" + indicator + "].weight";
            case INDICATOR_SCORE -> "indicators[" + indicator + "].printedScore";
        };
    }

    /** Whether this is the cell of that field (and indicator, -1 for the funds' fields). */
    boolean isAt(Field f, int index) {
        return field == f && indicator == index;
    }
}
