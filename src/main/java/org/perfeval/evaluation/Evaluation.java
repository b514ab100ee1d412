package org.perfeval.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.perfeval.common.ValidationException;
import org.perfeval.common.ConflictException;
import org.perfeval.indicator.ActualValue;
import org.perfeval.indicator.Checklist;
import org.perfeval.indicator.Funds;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Judgment;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.SheetEditor;
import org.perfeval.scoring.Grade;
import org.perfeval.scoring.ScoreResult;
import org.perfeval.security.Organisation;

/**
 * One commissioned evaluation (评价任务): its parties, its stage, and the document its tasks fill in
 * step by step (score sheet, evidence, result, draft report, comment matrix). It changes only through the
 * methods below, each the domain side of one lifecycle step; the stage moves only along
 * {@link EvaluationStatus#next()}.
 */
@Entity
@Table(name = "pe_evaluation")
public class Evaluation {

    @Id
    @SequenceGenerator(name = "pe_evaluation_seq", sequenceName = "pe_evaluation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pe_evaluation_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluationKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subject_id")
    private Organisation subject;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Organisation agency;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bureau_id")
    private Organisation bureau;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluationStatus status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** Converted by the persistence layer's one converter (versioned JSON; jsonb on PostgreSQL). */
    @Column(nullable = false)
    private EvaluationDocument document;

    /** Total and grade are kept in columns too, for lists and queries. */
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    private BudgetAdvice advice;

    @Column(name = "advice_text")
    private String adviceText;

    @Column(name = "advice_budget_year")
    private Integer adviceBudgetYear;

    @Column(name = "basis_title")
    private String basisTitle;

    @Column(name = "basis_number")
    private String basisNumber;

    @Column(name = "rectified_on_time")
    private Boolean rectifiedOnTime;

    @Version
    private long version;

    protected Evaluation() {
    }

    public Evaluation(String title, int year, EvaluationKind kind, Organisation subject, Organisation agency,
                      Organisation bureau, LocalDate dueDate, Instant createdAt) {
        this.title = title;
        this.year = year;
        this.kind = kind;
        this.subject = subject;
        this.agency = agency;
        this.bureau = bureau;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
        this.status = EvaluationStatus.COMMISSIONED;
        this.document = EvaluationDocument.EMPTY;
    }

    /** The document the evaluation is commissioned under, cited by the report's 摘要. */
    public void commissionUnder(CommissionBasis basis) {
        this.basisTitle = basis == null ? null : basis.title();
        this.basisNumber = basis == null ? null : basis.number();
    }

    public java.util.Optional<CommissionBasis> basis() {
        return basisTitle == null ? java.util.Optional.empty() : java.util.Optional.of(new CommissionBasis(basisTitle, basisNumber));
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Moves to the stage the process has reached; false when already there. */
    boolean enter(EvaluationStatus next) {
        if (status == next) {
            return false;
        }
        if (!status.mayMoveTo(next)) {
            throw new ConflictException("评价任务不能从“" + status.label() + "”转为“" + next.label() + "” (" + status + " → " + next + ")");
        }
        status = next;
        return true;
    }

    /** setTargets: the indicator system; what was collected or judged before is dropped. */
    public void setTargets(List<Indicator> targets) {
        changeSheet(SheetEditor.withTargets(sheet(), targets));
    }

    /** submitData: the department's funds and its evidence. */
    public void submitFunds(Funds funds, List<EvidenceRef> evidence) {
        changeSheet(SheetEditor.withFunds(sheet(), funds));
        document = document.withEvidence(evidence);
    }

    /** collectData: actual values and checklist facts. */
    public void collectData(List<ActualValue> actuals, Checklist checklist) {
        changeSheet(SheetEditor.withActuals(sheet(), actuals, checklist));
    }

    /**
     * collectData, score: the files each indicator's value or score rests on; an indicator named again
     * cites what it is given now, the others keep theirs.
     */
    public void citeEvidence(List<IndicatorEvidence> cited) {
        if (cited.isEmpty()) {
            return;
        }
        java.util.Set<String> indicators = new java.util.HashSet<>();
        sheet().indicators().forEach(i -> indicators.add(i.key()));
        for (IndicatorEvidence e : cited) {
            if (!indicators.contains(String.join("/", e.path()))) {
                throw ValidationException.of("evidence", "没有这个指标: " + String.join("/", e.path()));
            }
        }
        java.util.Map<List<String>, IndicatorEvidence> byPath = new java.util.LinkedHashMap<>();
        document.indicatorEvidence().forEach(e -> byPath.put(e.path(), e));
        cited.forEach(e -> byPath.put(e.path(), e));
        document = document.withIndicatorEvidence(byPath.values().stream().filter(e -> !e.evidence().isEmpty()).toList());
    }

    /** The evidence each indicator cites, by path. */
    public List<IndicatorEvidence> indicatorEvidence() {
        return document.indicatorEvidence();
    }

    /** score: the evaluator's judgments, before the scoring step computes the result. */
    public void judge(List<Judgment> judgments) {
        changeSheet(SheetEditor.withJudgments(sheet(), judgments));
    }

    private void changeSheet(ScoreSheet next) {
        document = document.withSheet(next);
    }

    /** The scoring step's result. */
    public void recordResult(ScoreResult result) {
        document = document.withResult(result);
        this.total = result.total().points();
        this.grade = result.grade();
    }

    /**
     * The draft starts with the problems and recommendations the rules find, as paragraphs from the templates
     * (a rule's problem absorbs the indicators it explains), and a 摘要 citing the commission's basis unless
     * the evaluator has written one. Scored again after a return, the draft is drafted afresh from the new
     * findings (the sections the evaluator wrote stay).
     */
    public void prefillReport(DraftTemplates templates) {
        ReportDraft draft = new ReportDrafter(templates).draft(this);
        ReportSections sections = document.sections();
        if (sections.abstractText() == null || sections.abstractText().isBlank()) {
            sections = sections.updatedBy(new ReportSections(draft.abstractText(), null, null));
        }
        document = document.withDraft(draft.findings(), draft.recommendations(), sections);
    }

    /**
     * The evaluator's edits to a draft no comment is open on (null keeps what the draft has), as {@link #submitDraft};
     * refused (422, nothing changed) while a required part of the report is empty, naming each.
     */
    public void reviseDraft(List<DraftItem> findings, List<DraftItem> recommendations, ReportSections sections) {
        submitDraft(List.of(), findings, recommendations, sections);
    }

    /**
     * draftReport: the evaluator's answers to the comments on the last draft and the edits, taken together or
     * not at all. The draft goes on only with every comment answered (so that the report reaches the bureau
     * with its 意见采纳情况 complete) and every required part of the report filled; otherwise 422 and nothing
     * changes.
     */
    public void submitDraft(List<CommentAnswer> answers, List<DraftItem> findings, List<DraftItem> recommendations,
                            ReportSections sections) {
        // the answers are judged first, so that a comment left open is named before an empty section
        List<ReviewComment> answered = CommentMatrix.answered(comments(), answers);
        EvaluationDocument next = document.withComments(answered).withDraft(findings == null ? findings() : findings,
                recommendations == null ? recommendations() : recommendations,
                sections == null ? document.sections() : document.sections().updatedBy(sections));
        requireComplete(next);
        document = next;
    }

    /** review: the bureau approves only a report with every required part filled (422 naming the empty ones). */
    public void requireCompleteReport() {
        requireComplete(document);
    }

    /** The required parts of the report still empty (the draft screen lists them). */
    public List<org.perfeval.common.FieldError> reportGaps() {
        return ReportGaps.of(kind, findings(), recommendations(), document.sections());
    }

    private void requireComplete(EvaluationDocument d) {
        List<org.perfeval.common.FieldError> gaps = ReportGaps.of(kind, d.findings(), d.recommendations(), d.sections());
        if (!gaps.isEmpty()) {
            throw new ValidationException(gaps);
        }
    }

    /**
     * exchangeViews with a disagreement, review with a return: each comment of the text becomes an open row
     * of the comment matrix, for the evaluator to answer in the next draft.
     */
    public void recordComments(CommentSource source, String author, Instant at, String text) {
        document = document.withComments(CommentMatrix.withComments(comments(), source, author, at, text));
    }

    /**
     * draftReport: the evaluator's answers to the comments. The draft goes on only with every comment answered,
     * so that the report reaches the bureau with its 意见采纳情况 complete; otherwise nothing changes (422).
     */
    public void answerComments(List<CommentAnswer> answers) {
        document = document.withComments(CommentMatrix.answered(comments(), answers));
    }

    void markPublished(Instant at) {
        this.publishedAt = at;
    }

    /** Results application at closing (the stage itself moves through the service, with its history line). */
    void close(Instant at, BudgetAdvice advice, String adviceText, int budgetYear, boolean rectifiedOnTime) {
        this.closedAt = at;
        this.advice = advice;
        this.adviceText = adviceText;
        this.adviceBudgetYear = budgetYear;
        this.rectifiedOnTime = rectifiedOnTime;
    }

    public EvaluationDocument document() {
        return document;
    }

    public ScoreSheet sheet() {
        return document.sheet();
    }

    /** Null until scored. */
    public ScoreResult result() {
        return document.result();
    }

    public List<DraftItem> findings() {
        return document.findings();
    }

    public List<DraftItem> recommendations() {
        return document.recommendations();
    }

    public ReportSections reportSections() {
        return document.sections();
    }

    /** The comment matrix, in the order the comments were made. */
    public List<ReviewComment> comments() {
        return document.comments();
    }

    public List<EvidenceRef> evidence() {
        return document.evidence();
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public BudgetAdvice getAdvice() {
        return advice;
    }

    public String getAdviceText() {
        return adviceText;
    }

    public Integer getAdviceBudgetYear() {
        return adviceBudgetYear;
    }

    public Boolean getRectifiedOnTime() {
        return rectifiedOnTime;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public EvaluationKind getKind() {
        return kind;
    }

    public Organisation getSubject() {
        return subject;
    }

    public Organisation getAgency() {
        return agency;
    }

    public Organisation getBureau() {
        return bureau;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public BigDecimal getTotal() {
        return total;
    }

    /** Null until scored. */
    public Grade getGrade() {
        return grade;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
