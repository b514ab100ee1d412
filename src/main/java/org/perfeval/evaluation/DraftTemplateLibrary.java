package org.perfeval.evaluation;

/** Where the draft report's paragraphs come from (a data file shipped with the indicator library). */
public interface DraftTemplateLibrary {

    DraftTemplates templates();
}
