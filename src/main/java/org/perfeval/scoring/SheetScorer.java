package org.perfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.common.Rate;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;
import org.perfeval.indicator.Comparator;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Level;
import org.perfeval.indicator.Part;
import org.perfeval.indicator.Quantity;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.Tier;
import org.perfeval.scoring.IndicatorResult.Method;
import org.perfeval.scoring.ScoreResult.PartTotal;
import org.perfeval.scoring.ScoreResult.Subtotal;
import org.perfeval.scoring.ScoreResult.Warning;

/**
 * Scores a checked score sheet by the rules of DESIGN.md: each indicator rounded to 2 decimals,
 * the total as the sum of rounded scores (rescaled to 100 points when indicators are not
 * applicable), parts weighted by their funds, grade, ratios, findings and warnings. Plain Java
 * without state: one instance serves every request.
 */
public final class SheetScorer {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final FindingThresholds thresholds;

    public SheetScorer(FindingThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public ScoreResult score(ScoreSheet sheet) {
        Map<Formula, Rate> ratios = Ratios.of(sheet.funds());
        List<IndicatorResult> results = new ArrayList<>();
        List<Subtotal> subtotals = new ArrayList<>();
        List<PartTotal> parts = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Score total;
        if (sheet.hasParts()) {
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal funds = BigDecimal.ZERO;
            for (Part part : sheet.parts()) {
                List<IndicatorResult> partResults = scoreAll(part.indicators(), part.name(), ratios, warnings);
                Score partTotal = total(partResults);
                results.addAll(partResults);
                subtotals.addAll(subtotals(partResults, part.name()));
                parts.add(new PartTotal(part.name(), part.funds(), partTotal, Grade.of(partTotal.points())));
                weighted = weighted.add(partTotal.points().multiply(part.funds().wan()));
                funds = funds.add(part.funds().wan());
            }
            total = Score.of(weighted.divide(funds, 10, RoundingMode.HALF_UP));
        } else {
            results = scoreAll(sheet.indicators(), null, ratios, warnings);
            subtotals = subtotals(results, null);
            total = total(results);
        }
        return new ScoreResult(total, Grade.of(total.points()), ratios, results, subtotals, parts,
                new FindingRules(thresholds).findings(sheet, ratios, results), warnings);
    }

    private List<IndicatorResult> scoreAll(List<Indicator> indicators, String part, Map<Formula, Rate> ratios,
                                           List<Warning> warnings) {
        List<IndicatorResult> out = new ArrayList<>(indicators.size());
        for (Indicator ind : indicators) {
            out.add(scoreOne(ind, part, ratios, warnings));
        }
        return out;
    }

    /** Σ rounded scores; rescaled to 100 points over the applicable weights when some are not applicable. */
    static Score total(List<IndicatorResult> results) {
        Score sum = Score.ZERO;
        Weight applicable = Weight.ZERO;
        boolean rescale = false;
        for (IndicatorResult r : results) {
            if (r.applicable()) {
                sum = sum.plus(r.score());
                applicable = applicable.plus(r.weight());
            } else {
                rescale = true;
            }
        }
        if (!rescale || applicable.isZero()) {
            return sum;
        }
        return Score.of(sum.points().multiply(HUNDRED).divide(applicable.points(), 10, RoundingMode.HALF_UP));
    }

    private IndicatorResult scoreOne(Indicator ind, String part, Map<Formula, Rate> ratios, List<Warning> warnings) {
        Weight weight = ind.weight();
        if (!ind.applicable()) {
            return IndicatorResult.of(ind, part, Score.ZERO, Method.NOT_APPLICABLE, "不适用，不计分，总分按百分制折算");
        }
        if (ind.score() != null) {
            Score score = Score.of(ind.score());
            String text = score.below(weight) ? "评价人评定得" + score + "分：" + ind.reason() : "评价人评定，得满分";
            return IndicatorResult.of(ind, part, score, Method.OVERRIDE, text);
        }
        if (ind.formula() != null) {
            return formula(ind, part, ratios.get(ind.formula()));
        }
        if (ind.level() != null) {
            // only ACHIEVED comes without a score (checked by the reader): full weight
            return IndicatorResult.of(ind, part, Score.full(weight), Method.QUALITATIVE,
                    Level.ACHIEVED.label() + "目标" + (ind.target() == null ? "" : "“" + ind.target() + "”") + "，得满分");
        }
        Indicator.Actual actual = ind.actual();
        if (ind.targetQuantity().isEmpty()) {
            return IndicatorResult.of(ind, part, Score.full(weight), Method.QUALITATIVE,
                    "实际“" + actual.text() + "”与目标一致，得满分");
        }
        return quantitative(ind, part, ind.targetQuantity().get(), actual, warnings);
    }

    private IndicatorResult formula(Indicator ind, String part, Rate rate) {
        Formula f = ind.formula();
        if (!ind.tiers().isEmpty()) {
            BigDecimal share = tierShare(ind.tiers(), rate.percent());
            Score score = Score.of(ind.weight().portion(share));
            return IndicatorResult.of(ind, part, score, Method.TIERED,
                    f.label() + rate + "，按分档得" + score + "分" + (score.below(ind.weight()) ? "" : "（满分）"));
        }
        Score score = Score.of(ind.weight().portion(rate.share()));
        String text = score.below(ind.weight()) ? f.label() + rate + "，按比例得" + score + "分" : f.label() + rate + "，得满分";
        return IndicatorResult.of(ind, part, score, Method.PROPORTIONAL, text);
    }

    /** The over-target threshold as the warning prints it: a factor of 1.3 is "30". */
    private String overTargetPercent() {
        return thresholds.overTargetFactor().subtract(BigDecimal.ONE).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private IndicatorResult quantitative(Indicator ind, String part, Quantity goal, Indicator.Actual actual,
                                         List<Warning> warnings) {
        BigDecimal t = goal.value();
        BigDecimal a = actual.quantity().orElseThrow().value();
        Weight weight = ind.weight();
        if (goal.comparator() == Comparator.AT_LEAST && t.signum() > 0
                && a.compareTo(t.multiply(thresholds.overTargetFactor())) >= 0) {
            warnings.add(new Warning(ind.path(), "实际值" + actual.text() + "超出目标" + goal.text() + overTargetPercent() + "%以上，请说明原因（目标可能偏低）"));
        }
        boolean met = switch (goal.comparator()) {
            case AT_LEAST -> a.compareTo(t) >= 0;
            case AT_MOST -> a.compareTo(t) <= 0;
            case EQUAL -> a.compareTo(t) == 0;
        };
        Method method = goal.comparator() == Comparator.EQUAL ? Method.EQUALITY : Method.PROPORTIONAL;
        if (met) {
            return IndicatorResult.of(ind, part, Score.full(weight), method,
                    "实际" + actual.text() + "，达到目标" + goal.text() + "，得满分");
        }
        BigDecimal share = switch (goal.comparator()) {
            // positive: weight × actual / target
            case AT_LEAST -> a.divide(t, 10, RoundingMode.HALF_UP);
            // negative (costs): weight × target / actual
            case AT_MOST -> a.signum() == 0 ? BigDecimal.ONE : t.divide(a, 10, RoundingMode.HALF_UP);
            // equality: the relative deviation is lost
            case EQUAL -> t.signum() == 0 ? BigDecimal.ZERO
                    : BigDecimal.ONE.subtract(a.subtract(t).abs().divide(t.abs(), 10, RoundingMode.HALF_UP)).max(BigDecimal.ZERO);
        };
        Score score = Score.of(weight.portion(share));
        return IndicatorResult.of(ind, part, score, method,
                "实际" + actual.text() + "，未达到目标" + goal.text() + "，按比例得" + score + "分");
    }

    static BigDecimal tierShare(List<Tier> tiers, BigDecimal rate) {
        for (Tier tier : tiers) {
            if (tier.upTo() == null || rate.compareTo(tier.upTo()) <= 0) {
                return tier.share();
            }
        }
        return BigDecimal.ZERO;
    }

    private static List<Subtotal> subtotals(List<IndicatorResult> results, String part) {
        Map<List<String>, Subtotal> sums = new LinkedHashMap<>();
        for (IndicatorResult r : results) {
            List<String> path = r.path();
            for (int level = 1; level <= Math.min(2, path.size()); level++) {
                List<String> key = List.copyOf(path.subList(0, level));
                Subtotal s = sums.getOrDefault(key, new Subtotal(part, key, Weight.ZERO, Score.ZERO));
                sums.put(key, new Subtotal(part, key, s.weight().plus(r.weight()), s.score().plus(r.score())));
            }
        }
        return new ArrayList<>(sums.values());
    }
}
