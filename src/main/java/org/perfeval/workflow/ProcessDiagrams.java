package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.report.CjkFont;
import org.perfeval.report.ReportFonts;

/**
 * The evaluation process as a PNG with the current steps highlighted (while rectification runs,
 * the rectification call activity). Chinese labels are drawn in the reports' heading face (a {@link CjkFont} of
 * {@link org.perfeval.report.ReportTypefaces}); a server without one still gets its diagram, with AWT's default font.
 */
@ApplicationScoped
public class ProcessDiagrams {

    /** AWT's logical sans-serif font, when the server has no CJK font. */
    @Inject
    ReportFonts fonts;

    @Inject
    RuntimeService runtime;

    @Inject
    RepositoryService repository;

    public byte[] png(Evaluation evaluation) {
        String instance = evaluation.getProcessInstanceId();
        var process = instance == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult();
        String definitionId = process != null ? process.getProcessDefinitionId()
                : repository.createProcessDefinitionQuery().processDefinitionKey(EvaluationWorkflow.PROCESS_KEY)
                        .latestVersion().singleResult().getId();
        List<String> active = process == null ? List.of() : new ArrayList<>(runtime.getActiveActivityIds(instance));
        BpmnModel model = repository.getBpmnModel(definitionId);
        String font = fonts.family();
        try (InputStream in = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", active, List.of(),
                font, font, font, ProcessDiagrams.class.getClassLoader(), 1.0, true)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
