package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationLine;
import org.perfeval.evaluation.EvaluationListQuery;
import org.perfeval.scoring.Grade;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.evaluation.HistoryEntry;
import org.perfeval.rectification.Rectification;
import org.perfeval.rectification.RectificationService;
import org.perfeval.report.ReportAssembler;
import org.perfeval.report.ReportContent;
import org.perfeval.report.ScoreTableExport;
import org.perfeval.security.Caller;

/** What callers read: evaluations, their rectifications, reports and tables; one read transaction each. */
@ApplicationScoped
public class EvaluationQueries {

    @Inject
    EvaluationService evaluations;

    @Inject
    RectificationService rectifications;

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    ProcessDiagrams diagrams;

    @Inject
    Clock clock;

    /** An evaluation with everything its page shows. */
    public record Detail(Evaluation evaluation, List<HistoryEntry> history, List<TaskView> openTasks,
                         List<Rectification> rectifications) {

        public boolean overdue() {
            return rectifications.stream().anyMatch(Rectification::isOpenOverdue);
        }
    }

    /** A line of the evaluation list. */
    public record Summary(EvaluationLine evaluation, boolean overdue) {
    }

    /** A rectification with the evaluation it belongs to. */
    public record RectificationLine(Rectification rectification, Evaluation evaluation) {
    }

    @Transactional
    public Detail detail(long id, Caller caller) {
        Evaluation e = evaluations.visible(id, caller);
        return new Detail(e, evaluations.history(id), workflow.openTasksOf(e), rectifications.ofEvaluation(id));
    }

    /** A page of the evaluation list and how many evaluations match its filter. */
    public record SummaryPage(List<Summary> items, long total, EvaluationListQuery query) {
    }

    /** One page of the evaluations the caller may see, each with its overdue flag. */
    @Transactional
    public SummaryPage list(Caller caller, EvaluationListQuery query) {
        EvaluationListQuery.Page page = evaluations.page(query, caller);
        Set<Long> ids = page.items().stream().map(EvaluationLine::id).collect(Collectors.toSet());
        Set<Long> overdue = rectifications.ofEvaluations(ids).stream().filter(Rectification::isOpenOverdue)
                .map(Rectification::getEvaluationId).collect(Collectors.toSet());
        return new SummaryPage(page.items().stream().map(e -> new Summary(e, overdue.contains(e.id()))).toList(),
                page.total(), query);
    }

    /** How many of the evaluations the caller may see have each grade (the dashboard's distribution). */
    @Transactional
    public Map<Grade, Long> gradeCounts(Caller caller) {
        return evaluations.gradeCounts(caller);
    }

    /** Budget advice of the closed evaluations the caller may see, for one budget year. */
    @Transactional
    public List<Evaluation> adviceFor(int budgetYear, Caller caller) {
        return evaluations.adviceFor(budgetYear, caller);
    }

    /** Rectifications of the caller's evaluations (one query), in the order of its evaluation list; or the overdue ones by deadline. */
    @Transactional
    public List<RectificationLine> rectifications(Caller caller, boolean overdueOnly) {
        Map<Long, Evaluation> visible = new LinkedHashMap<>();
        evaluations.visibleTo(caller).forEach(e -> visible.put(e.getId(), e));
        List<Rectification> found = rectifications.ofEvaluations(visible.keySet());
        if (overdueOnly) {
            found = found.stream().filter(Rectification::isOpenOverdue)
                    .sorted(Comparator.comparing(Rectification::getDueAt).thenComparing(Rectification::getId)).toList();
        } else {
            Map<Long, List<Rectification>> byEvaluation = found.stream().collect(Collectors.groupingBy(Rectification::getEvaluationId));
            found = visible.keySet().stream().flatMap(id -> byEvaluation.getOrDefault(id, List.of()).stream()).toList();
        }
        return found.stream().map(r -> new RectificationLine(r, visible.get(r.getEvaluationId()))).toList();
    }

    /** The report's content as of today (the renderers lay it out after the transaction). */
    @Transactional
    public ReportContent report(long id, Caller caller) {
        Evaluation e = evaluations.visible(id, caller);
        // a published report is dated the day it was published, not the day it is downloaded
        LocalDate date = e.getPublishedAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(e.getPublishedAt(), clock.getZone());
        return ReportAssembler.of(e, date);
    }

    /** The target and score tables as one workbook. */
    @Transactional
    public byte[] tables(long id, Caller caller) {
        Evaluation e = evaluations.visible(id, caller);
        return ScoreTableExport.export(e.sheet(), e.result());
    }

    @Transactional
    public String title(long id, Caller caller) {
        return evaluations.visible(id, caller).getTitle();
    }

    /** The process diagram with the current steps highlighted. */
    @Transactional
    public byte[] diagram(long id, Caller caller) {
        return diagrams.png(evaluations.visible(id, caller));
    }
}
