package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfeval.evaluation.BudgetAdvice;

/**
 * The figures of a reviewed batch for its report and dashboard, gathered in one pass: fed one
 * {@link ReviewedForm} at a time, it keeps counts, sums, one tally per department, the largest
 * deviations (a bounded heap) and a capped scatter sample, never the forms themselves. Deviations
 * are the printed total's from the reviewed total (on-site when rechecked, else recomputed), in
 * percent; every figure is a BigDecimal rounded to 2 decimals HALF_UP.
 */
public final class ReviewStatistics {

    public static final int LARGEST_DEVIATIONS = 20;
    public static final int SCATTER_POINTS = 2000;

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final DepartmentTally all = new DepartmentTally(null);
    private int withoutDeviation;
    private final Map<FlagCode, FlagTally> flags = new EnumMap<>(FlagCode.class);
    private final Map<FlagCode.Severity, Integer> formsBySeverity = new EnumMap<>(FlagCode.Severity.class);
    private final Map<DeviationBucket, Integer> buckets = new EnumMap<>(DeviationBucket.class);
    private final Map<String, DepartmentTally> departments = new HashMap<>();
    private final Map<BudgetAdvice, AdviceTally> advice = new EnumMap<>(BudgetAdvice.class);
    private final LargestDeviations largest;
    private final ScatterSample scatter;

    /** How often a flag occurred, on how many forms, and the first occurrence as an example. */
    public record FlagCount(FlagCode code, int forms, int occurrences, String exampleProject, String exampleMessage) {
        public String label() {
            return FlagLabels.label(code);
        }
    }

    /** Flags of one severity: occurrences, and forms with at least one. */
    public record SeverityCount(FlagCode.Severity severity, int forms, int occurrences) {
    }

    /** The batch as a whole; the averages are null when no form gives a figure. */
    public record Totals(int forms, int flagged, int withErrors, int onSite, int fullMarks, int withoutDeviation,
                         BigDecimal averagePrinted, BigDecimal averageRecomputed, BigDecimal averageReviewed,
                         BigDecimal averageDeviation) {
    }

    /** How many forms earn a budget advice and the annual budget they cover (万元). */
    public record AdviceCount(BudgetAdvice advice, int forms, BigDecimal budget) {
    }

    /** A point of the scatter of execution rate (percent) against the printed total. */
    public record ScatterPoint(long formId, BigDecimal executionRate, BigDecimal printedTotal) {
    }

    private static final class FlagTally {
        int forms;
        int occurrences;
        String exampleProject;
        String exampleMessage;
    }

    private static final class AdviceTally {
        int forms;
        BigDecimal budget = BigDecimal.ZERO;
    }

    public ReviewStatistics() {
        this(LARGEST_DEVIATIONS, SCATTER_POINTS);
    }

    public ReviewStatistics(int largestDeviations, int scatterPoints) {
        this.largest = new LargestDeviations(largestDeviations);
        this.scatter = new ScatterSample(scatterPoints);
    }

    public void add(ReviewedForm form) {
        FormReview desk = form.desk();
        FormOutcome outcome = FormOutcome.of(form);
        all.add(desk, outcome);
        if (outcome.deviation() == null) {
            withoutDeviation++;
        } else {
            buckets.merge(DeviationBucket.of(outcome.deviation()), 1, Integer::sum);
        }
        countFlags(desk);
        departments.computeIfAbsent(outcome.department(), DepartmentTally::new).add(desk, outcome);
        AdviceTally a = advice.computeIfAbsent(FormBudgetAdvice.adviceFor(outcome.reviewed()), k -> new AdviceTally());
        a.forms++;
        a.budget = a.budget.add(outcome.budget());
        largest.offer(outcome);
        scatter.offer(form.id(), outcome.executionRate(), outcome.printed());
    }

    private void countFlags(FormReview desk) {
        Set<FlagCode> onThisForm = EnumSet.noneOf(FlagCode.class);
        Set<FlagCode.Severity> severities = EnumSet.noneOf(FlagCode.Severity.class);
        for (Flag flag : desk.flags()) {
            severities.add(flag.severity());
            FlagTally t = flags.computeIfAbsent(flag.code(), c -> new FlagTally());
            t.occurrences++;
            if (onThisForm.add(flag.code())) {
                t.forms++;
            }
            if (t.exampleMessage == null) {
                t.exampleProject = desk.form().project();
                t.exampleMessage = flag.message();
            }
        }
        severities.forEach(s -> formsBySeverity.merge(s, 1, Integer::sum));
    }

    public Totals totals() {
        return all.totals(withoutDeviation);
    }

    /** The codes that occurred, most forms first, then in the order of {@link FlagCode}. */
    public List<FlagCount> flags() {
        List<FlagCount> out = new ArrayList<>();
        flags.forEach((code, t) -> out.add(new FlagCount(code, t.forms, t.occurrences, t.exampleProject, t.exampleMessage)));
        out.sort(Comparator.comparingInt(FlagCount::forms).reversed().thenComparing(FlagCount::code));
        return out;
    }

    /** One code's count; zero when it never occurred. */
    public FlagCount flag(FlagCode code) {
        FlagTally t = flags.get(code);
        return t == null ? new FlagCount(code, 0, 0, null, null)
                : new FlagCount(code, t.forms, t.occurrences, t.exampleProject, t.exampleMessage);
    }

    /** Flags of the severity: their occurrences, and the forms with at least one. */
    public SeverityCount severity(FlagCode.Severity severity) {
        int occurrences = 0;
        for (Map.Entry<FlagCode, FlagTally> e : flags.entrySet()) {
            if (e.getKey().severity() == severity) {
                occurrences += e.getValue().occurrences;
            }
        }
        return new SeverityCount(severity, formsBySeverity.getOrDefault(severity, 0), occurrences);
    }

    /** Departments ranked by average deviation, largest first (those without one last), then by forms and name. */
    public List<DepartmentStatistics> departments() {
        List<DepartmentStatistics> out = new ArrayList<>();
        departments.values().forEach(t -> out.add(t.statistics()));
        out.sort(Comparator.comparing(DepartmentStatistics::averageDeviation, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingInt(DepartmentStatistics::forms).reversed())
                .thenComparing(DepartmentStatistics::department));
        return out;
    }

    /** Forms per deviation band, every band present and in order; forms without a deviation are {@code totals().withoutDeviation()}. */
    public Map<DeviationBucket, Integer> deviationDistribution() {
        Map<DeviationBucket, Integer> out = new EnumMap<>(DeviationBucket.class);
        for (DeviationBucket b : DeviationBucket.values()) {
            out.put(b, buckets.getOrDefault(b, 0));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The forms deviating most, either way, largest absolute deviation first. */
    public List<FormOutcome> largestDeviations() {
        return largest.largestFirst();
    }

    /** At most the cap of (execution rate, printed total) points, every k-th form in the order added. */
    public List<ScatterPoint> scatter() {
        return scatter.points();
    }

    /** Forms and budget per advice, in the order of {@link BudgetAdvice}, every advice present. */
    public List<AdviceCount> advice() {
        List<AdviceCount> out = new ArrayList<>();
        for (BudgetAdvice a : BudgetAdvice.values()) {
            AdviceTally t = advice.get(a);
            out.add(t == null ? new AdviceCount(a, 0, BigDecimal.ZERO) : new AdviceCount(a, t.forms, t.budget));
        }
        return out;
    }

    /** part / whole × 100, 2 decimals HALF_UP; zero of nothing. */
    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
