package org.perfeval.selfevaluation;

/** How a file of forms is written: Excel (a workbook or a zip of workbooks) or JSON ({@code {forms: [...]}}). */
public enum UploadKind {
    EXCEL, JSON
}
