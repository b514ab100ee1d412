package org.perfeval.evaluation;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.perfeval.common.Json;
import org.perfeval.security.Organisation;

/**
 * One commissioned evaluation (评价任务). Its score sheet (indicators, targets, funds, actual
 * values, the evaluator's scores; the format of cases/FORMAT.md) is kept as one JSON document
 * that the lifecycle's tasks fill in step by step; the scoring result is stored beside it.
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

    @Column(nullable = false)
    private String sheet;

    private String result;

    private BigDecimal total;

    private String grade;

    private String findings;

    private String recommendations;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "report_sections")
    private String reportSections;

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
        this.sheet = "{}";
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void moveTo(EvaluationStatus next) {
        this.status = next;
    }

    public void updateSheet(JsonObject newSheet) {
        this.sheet = Json.write(newSheet);
    }

    /** Stores a scoring result; the total and grade are kept in columns for lists and queries. */
    public void recordResult(JsonObject scoringResult, BigDecimal total, String grade) {
        this.result = Json.write(scoringResult);
        this.total = total;
        this.grade = grade;
    }

    public void recordReport(JsonArray findings, JsonArray recommendations) {
        this.findings = Json.write(findings);
        this.recommendations = Json.write(recommendations);
    }

    /** The evaluator's free-text report sections: abstract, overview, experience. */
    public void recordSections(JsonObject sections) {
        this.reportSections = Json.write(sections);
    }

    public JsonObject reportSections() {
        return Json.object(reportSections);
    }

    public void markPublished(Instant at) {
        this.publishedAt = at;
    }

    /** Records the results application of a closed evaluation for the given budget year (the status moves through {@link #moveTo}). */
    public void close(Instant at, BudgetAdvice advice, String adviceText, int budgetYear, boolean rectifiedOnTime) {
        this.closedAt = at;
        this.advice = advice;
        this.adviceText = adviceText;
        this.adviceBudgetYear = budgetYear;
        this.rectifiedOnTime = rectifiedOnTime;
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

    public JsonObject sheet() {
        return Json.object(sheet);
    }

    public JsonObject result() {
        return result == null ? null : Json.object(result);
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getGrade() {
        return grade;
    }

    public JsonArray findings() {
        return Json.array(findings);
    }

    public JsonArray recommendations() {
        return Json.array(recommendations);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
