package org.perfeval.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.selfevaluation.ReviewFixtures.clean;
import static org.perfeval.selfevaluation.ReviewFixtures.desk;
import static org.perfeval.selfevaluation.ReviewFixtures.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.BudgetAdvice;

/**
 * The review's figures over {@link ReviewFixtures#sixForms()}, worked out by hand: totals, flags by code
 * and severity, departments ranked by average deviation, the deviation bands, the largest deviations
 * (bounded) and the scatter (capped, deterministic).
 */
class ReviewStatisticsTest {

    private static ReviewStatistics sixForms(int largest) {
        ReviewStatistics stats = new ReviewStatistics(largest, ReviewStatistics.SCATTER_POINTS);
        ReviewFixtures.sixForms().forEach(stats::add);
        return stats;
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void totalsCountTheFormsAndAverageTheirTotals() {
        ReviewStatistics.Totals t = sixForms(20).totals();
        assertEquals(6, t.forms());
        assertEquals(2, t.flagged(), "an overstated score (2) and more claimed than spent (4)");
        assertEquals(1, t.withErrors());
        assertEquals(1, t.onSite());
        assertEquals(2, t.fullMarks());
        assertEquals(1, t.withoutDeviation(), "form 5 printed no total");
        assertEquals(d("95.60"), t.averagePrinted(), "(100 + 100 + 88 + 95 + 95) / 5");
        assertEquals(d("93.00"), t.averageRecomputed(), "(100 + 75 + 88 + 95 + 100 + 100) / 6");
        assertEquals(d("92.17"), t.averageReviewed(), "on site 70 instead of 75: 553 / 6");
        assertEquals(d("4.95"), t.averageDeviation(), "(0 + 30 + 0 + 0 − 5.26) / 5, form 2 against its on-site 70");
    }

    @Test
    void flagsAreCountedByCodeAndSeverityWithAnExample() {
        ReviewStatistics stats = sixForms(20);
        assertEquals(List.of(FlagCode.SCORE_OVERSTATED, FlagCode.SCORE_EXCEEDS_EXECUTION),
                stats.flags().stream().map(ReviewStatistics.FlagCount::code).toList());
        ReviewStatistics.FlagCount overstated = stats.flag(FlagCode.SCORE_OVERSTATED);
        assertEquals(1, overstated.forms());
        assertEquals(1, overstated.occurrences());
        assertEquals("乙项目", overstated.exampleProject());
        assertEquals("指标自评得分偏高", overstated.label());
        assertEquals("得分填报为50分，按年度指标值≥10个、实际完成值5个计算应为25分", overstated.exampleMessage());
        assertEquals(0, stats.flag(FlagCode.MISSING_ACTUAL).forms());
        assertEquals(new ReviewStatistics.SeverityCount(FlagCode.Severity.ERROR, 1, 1), stats.severity(FlagCode.Severity.ERROR));
        assertEquals(new ReviewStatistics.SeverityCount(FlagCode.Severity.WARNING, 1, 1), stats.severity(FlagCode.Severity.WARNING));
    }

    @Test
    void occurrencesCountEachFlagAndFormsEachFormOnce() {
        ReviewStatistics stats = new ReviewStatistics();
        // both indicators missing an actual value: two MISSING_ACTUAL on one form
        SelfEvaluationForm f = form("缺值项目", "丁局", 100, 10, "50", null, "100");
        List<FormIndicator> blank = f.indicators().stream().map(i -> new FormIndicator(i.path(), i.target(), "", i.weight(),
                i.printedScore(), i.explanation())).toList();
        stats.add(desk(1, new SelfEvaluationForm(f.year(), f.project(), f.department(), f.unit(), f.funds(), f.expectedGoal(),
                f.actualGoal(), blank, f.printedTotal())));
        stats.add(desk(2, clean("完好项目", "丁局")));
        ReviewStatistics.FlagCount missing = stats.flag(FlagCode.MISSING_ACTUAL);
        assertEquals(1, missing.forms());
        assertEquals(2, missing.occurrences());
        assertEquals(new ReviewStatistics.SeverityCount(FlagCode.Severity.WARNING, 1, 2), stats.severity(FlagCode.Severity.WARNING));
    }

    @Test
    void departmentsAreRankedByAverageDeviationWithTheirFigures() {
        List<DepartmentStatistics> departments = sixForms(20).departments();
        assertEquals(List.of("甲局", "乙局", "丙局"), departments.stream().map(DepartmentStatistics::department).toList());
        assertEquals(new DepartmentStatistics("甲局", 2, 1, 1, 1, d("100.00"), d("87.50"), d("85.00"), d("15.00"), d("100.00")),
                departments.get(0));
        assertEquals(new DepartmentStatistics("乙局", 3, 1, 0, 0, d("91.50"), d("94.33"), d("94.33"), d("0.00"), d("0.00")),
                departments.get(1));
        assertEquals(d("-5.26"), departments.get(2).averageDeviation());
    }

    @Test
    void deviationsFallInFixedBandsAndFormsWithoutOneApart() {
        Map<DeviationBucket, Integer> bands = sixForms(20).deviationDistribution();
        assertEquals(List.of(DeviationBucket.values()), List.copyOf(bands.keySet()));
        assertEquals(List.of(1, 3, 0, 0, 1), List.copyOf(bands.values()));
        assertEquals(DeviationBucket.BELOW_ZERO, DeviationBucket.of(d("-0.01")));
        assertEquals(DeviationBucket.UP_TO_5, DeviationBucket.of(d("0")));
        assertEquals(DeviationBucket.UP_TO_10, DeviationBucket.of(d("5.00")));
        assertEquals(DeviationBucket.UP_TO_20, DeviationBucket.of(d("19.99")));
        assertEquals(DeviationBucket.FROM_20, DeviationBucket.of(d("20")));
    }

    @Test
    void theLargestDeviationsAreKeptEitherWayAndBounded() {
        List<FormOutcome> largest = sixForms(3).largestDeviations();
        assertEquals(List.of(2L, 6L, 1L), largest.stream().map(FormOutcome::id).toList(), "30, −5.26, then the first of the zeros");
        FormOutcome first = largest.get(0);
        assertEquals("乙项目", first.project());
        assertEquals("甲局", first.department());
        assertEquals(d("100"), first.printed());
        assertEquals(d("75.00"), first.recomputed());
        assertEquals(d("70.00"), first.reviewed());
        assertEquals(d("25.00"), first.deskDeviation());
        assertEquals(d("30.00"), first.deviation());
        assertTrue(first.onSite());

        ReviewStatistics many = new ReviewStatistics();
        for (int i = 0; i < 100; i++) {
            // printed 100 against recomputed 50 + i/2 … : the lower the count, the larger the deviation
            many.add(desk(i, form("项目" + i, "戊局", 100, i % 10 + 1, "50", null, "100")));
        }
        List<FormOutcome> kept = many.largestDeviations();
        assertEquals(ReviewStatistics.LARGEST_DEVIATIONS, kept.size());
        assertEquals(d("45.00"), kept.get(0).deviation(), "1 of 10: recomputed 55");
        assertEquals(0L, kept.get(0).id(), "equal deviations keep the lowest ids");
        assertTrue(kept.stream().allMatch(o -> o.deviation().compareTo(d("40.00")) >= 0), "only the counts 1 and 2");
    }

    @Test
    void theScatterIsCappedByTakingEveryKthFormDeterministically() {
        ReviewStatistics small = sixForms(20);
        assertEquals(5, small.scatter().size(), "every form with a printed total");
        assertEquals(new ReviewStatistics.ScatterPoint(4, d("50.00"), d("95")), small.scatter().get(3));

        ReviewedForm one = desk(0, clean("项目", "己局"));
        ReviewStatistics large = new ReviewStatistics();
        ReviewStatistics again = new ReviewStatistics();
        for (int i = 0; i < 5000; i++) {
            ReviewedForm f = new ReviewedForm(i, one.desk(), null, null);
            large.add(f);
            again.add(f);
        }
        List<ReviewStatistics.ScatterPoint> points = large.scatter();
        assertTrue(points.size() <= ReviewStatistics.SCATTER_POINTS && points.size() >= ReviewStatistics.SCATTER_POINTS / 2,
                points.size() + " points");
        assertEquals(1250, points.size(), "every 4th of 5000");
        assertEquals(List.of(0L, 4L, 8L), points.subList(0, 3).stream().map(ReviewStatistics.ScatterPoint::formId).toList());
        assertEquals(points, again.scatter());
    }

    @Test
    void adviceIsTalliedFromTheReviewedTotals() {
        List<ReviewStatistics.AdviceCount> advice = sixForms(20).advice();
        assertEquals(List.of(BudgetAdvice.PRIORITY, BudgetAdvice.AS_JUSTIFIED, BudgetAdvice.CUT, BudgetAdvice.SUSPEND),
                advice.stream().map(ReviewStatistics.AdviceCount::advice).toList());
        assertEquals(List.of(4, 1, 1, 0), advice.stream().map(ReviewStatistics.AdviceCount::forms).toList(),
                "100, 95, 100, 100 优; 88 良; 70 (on site) 中");
        assertEquals(0, d("400").compareTo(advice.get(0).budget()));
    }

    @Test
    void anEmptyBatchHasNoAverages() {
        ReviewStatistics stats = new ReviewStatistics();
        assertEquals(0, stats.totals().forms());
        assertNull(stats.totals().averageDeviation());
        assertTrue(stats.departments().isEmpty());
        assertTrue(stats.largestDeviations().isEmpty());
    }
}
