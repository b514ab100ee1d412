package org.perfeval.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.indicator.Comparator;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Quantity;

/**
 * Scores a whole score sheet (cases/FORMAT.md): every indicator by the rules of DESIGN.md, the
 * subtotals, the total (sum of rounded scores, rescaled when indicators are not applicable), the
 * grade, the ratios and the findings. Plain Java: the process and the API call the same bean.
 */
@ApplicationScoped
public class SheetScorer {

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal WARN_FACTOR = new BigDecimal("1.3");

    public JsonObject score(JsonObject sheet) {
        JsonArray indicators = sheet.getJsonArray("indicators");
        if (indicators == null || indicators.isEmpty()) {
            throw ValidationException.of("indicators", "尚未设定指标体系");
        }
        Map<Formula, BigDecimal> ratios = Ratios.of(sheet.getJsonObject("funds"));
        List<FieldError> errors = new ArrayList<>();
        List<IndicatorScore> scored = new ArrayList<>();
        JsonArrayBuilder warnings = Json.createArrayBuilder();
        for (int i = 0; i < indicators.size(); i++) {
            JsonObject ind = indicators.getJsonObject(i);
            IndicatorScore s = scoreOne(ind, "indicators[" + i + "]", ratios, errors, warnings);
            if (s != null) {
                scored.add(s);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Points sum = Points.ZERO;
        BigDecimal applicableWeight = BigDecimal.ZERO;
        boolean rescale = false;
        for (IndicatorScore s : scored) {
            if (s.applicable) {
                sum = sum.plus(s.score);
                applicableWeight = applicableWeight.add(s.weight);
            } else {
                rescale = true;
            }
        }
        BigDecimal total = rescale && applicableWeight.signum() > 0
                ? sum.value().multiply(HUNDRED).divide(applicableWeight, 2, RoundingMode.HALF_UP)
                : sum.value().setScale(2, RoundingMode.HALF_UP);
        Grade grade = Grade.of(total);

        JsonObjectBuilder ratioJson = Json.createObjectBuilder();
        ratios.forEach((f, v) -> ratioJson.add(f.ratioKey(), v));
        return Json.createObjectBuilder()
                .add("total", total)
                .add("grade", grade.label())
                .add("gradeCode", grade.name())
                .add("ratios", ratioJson)
                .add("indicators", indicatorJson(scored))
                .add("subtotals", subtotals(scored))
                .add("findings", FindingRules.findings(sheet, ratios, scored))
                .add("warnings", warnings)
                .build();
    }

    private IndicatorScore scoreOne(JsonObject ind, String at, Map<Formula, BigDecimal> ratios,
                                    List<FieldError> errors, JsonArrayBuilder warnings) {
        List<String> path = new ArrayList<>();
        ind.getJsonArray("path").forEach(v -> path.add(((JsonString) v).getString()));
        BigDecimal weight = ind.getJsonNumber("weight").bigDecimalValue();
        Points full = Points.of(weight);
        if (!ind.getBoolean("applicable", true)) {
            return new IndicatorScore(path, weight, Points.ZERO, "NOT_APPLICABLE", "不适用，不计分，总分按百分制折算", false);
        }
        String target = ind.getString("target", null);
        if (ind.get("score") instanceof JsonNumber n) {
            Points score = Points.of(n.bigDecimalValue()).rounded();
            String reason = ind.getString("reason", "");
            String text = score.compareTo(full.rounded()) >= 0 ? "评价人评定，得满分"
                    : "评价人评定得" + plain(score.value()) + "分：" + reason;
            return new IndicatorScore(path, weight, score, "OVERRIDE", text, true);
        }
        if (ind.get("formula") instanceof JsonString fs) {
            Formula formula = Formula.valueOf(fs.getString());
            BigDecimal rate = ratios.get(formula);
            if (rate == null) {
                errors.add(new FieldError(at + ".formula", formula.label() + "所需的资金数据不全"));
                return null;
            }
            if (ind.get("tiers") instanceof JsonArray tiers) {
                BigDecimal share = tierShare(tiers, rate);
                Points score = full.times(share).rounded();
                return new IndicatorScore(path, weight, score, "TIERED",
                        formula.label() + plain(rate) + "%，按分档得" + plain(score.value()) + "分", true);
            }
            if (!formula.higherIsBetter()) {
                errors.add(new FieldError(at + ".tiers", formula.label() + "越低越好，需要分档规则 (tiers)"));
                return null;
            }
            Points score = full.times(rate.divide(HUNDRED, 10, RoundingMode.HALF_UP)).rounded();
            String text = rate.compareTo(HUNDRED) >= 0 ? formula.label() + plain(rate) + "%，得满分"
                    : formula.label() + plain(rate) + "%，按比例得" + plain(score.value()) + "分";
            return new IndicatorScore(path, weight, score, "PROPORTIONAL", text, true);
        }
        if (ind.get("level") instanceof JsonString level) {
            if (level.getString().equals("ACHIEVED")) {
                return new IndicatorScore(path, weight, full.rounded(), "QUALITATIVE", "目标" + orEmpty(target) + "已达成，得满分", true);
            }
            errors.add(new FieldError(at + ".score", "部分达成或未达成须给出得分"));
            return null;
        }
        JsonValue actualValue = ind.get("actual");
        if (actualValue == null) {
            errors.add(new FieldError(at + ".actual", "缺少实际完成值，无法计分"));
            return null;
        }
        Optional<Quantity> goal = Quantity.parse(target);
        Optional<Quantity> actual = actualValue instanceof JsonNumber an ? Optional.of(Quantity.of(an.bigDecimalValue()))
                : Quantity.parse(((JsonString) actualValue).getString());
        String actualText = actualValue instanceof JsonNumber an ? plain(an.bigDecimalValue()) : ((JsonString) actualValue).getString();
        if (goal.isEmpty()) {
            if (actual.isPresent()) {
                errors.add(new FieldError(at + ".target", "指标值无法识别: " + target));
                return null;
            }
            if (actualText.strip().equals(orEmpty(target).strip())) {
                return new IndicatorScore(path, weight, full.rounded(), "QUALITATIVE", "实际" + actualText + "，符合目标，得满分", true);
            }
            errors.add(new FieldError(at + ".level", "定性指标须评定达成程度 (level)"));
            return null;
        }
        if (actual.isEmpty()) {
            errors.add(new FieldError(at + ".actual", "实际值无法识别: " + actualText));
            return null;
        }
        return proportional(path, weight, goal.get(), actual.get().value(), actualText, warnings);
    }

    private IndicatorScore proportional(List<String> path, BigDecimal weight, Quantity goal, BigDecimal actual,
                                        String actualText, JsonArrayBuilder warnings) {
        Points full = Points.of(weight);
        BigDecimal t = goal.value();
        boolean met = switch (goal.comparator()) {
            case AT_LEAST -> actual.compareTo(t) >= 0;
            case AT_MOST -> actual.compareTo(t) <= 0;
            case EQUAL -> actual.compareTo(t) == 0;
        };
        if (goal.comparator() == Comparator.AT_LEAST && t.signum() > 0 && actual.compareTo(t.multiply(WARN_FACTOR)) >= 0) {
            warnings.add(Json.createObjectBuilder().add("path", Json.createArrayBuilder(path))
                    .add("message", "实际值超出目标30%以上，请说明原因（目标可能偏低）"));
        }
        if (met) {
            return new IndicatorScore(path, weight, full.rounded(), "PROPORTIONAL",
                    "实际" + actualText + "，达到目标" + goal.text() + "，得满分", true);
        }
        BigDecimal share = switch (goal.comparator()) {
            case AT_LEAST -> t.signum() == 0 ? BigDecimal.ONE : actual.divide(t, 10, RoundingMode.HALF_UP);
            case AT_MOST -> actual.signum() == 0 ? BigDecimal.ONE : t.divide(actual, 10, RoundingMode.HALF_UP);
            case EQUAL -> t.signum() == 0 ? BigDecimal.ZERO
                    : BigDecimal.ONE.subtract(actual.subtract(t).abs().divide(t, 10, RoundingMode.HALF_UP)).max(BigDecimal.ZERO);
        };
        Points score = full.times(share).rounded();
        return new IndicatorScore(path, weight, score, "PROPORTIONAL",
                "实际" + actualText + "，未达到目标" + goal.text() + "，按比例得" + plain(score.value()) + "分", true);
    }

    static BigDecimal tierShare(JsonArray tiers, BigDecimal rate) {
        for (JsonValue v : tiers) {
            JsonObject tier = (JsonObject) v;
            if (!(tier.get("upTo") instanceof JsonNumber upTo) || rate.compareTo(upTo.bigDecimalValue()) <= 0) {
                return tier.getJsonNumber("share").bigDecimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private static JsonArrayBuilder indicatorJson(List<IndicatorScore> scored) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (IndicatorScore s : scored) {
            out.add(Json.createObjectBuilder()
                    .add("path", Json.createArrayBuilder(s.path))
                    .add("weight", s.weight)
                    .add("score", s.score.value())
                    .add("method", s.method)
                    .add("applicable", s.applicable)
                    .add("explanation", s.explanation));
        }
        return out;
    }

    private static JsonArrayBuilder subtotals(List<IndicatorScore> scored) {
        Map<List<String>, BigDecimal[]> sums = new LinkedHashMap<>();
        for (IndicatorScore s : scored) {
            for (int level = 1; level <= Math.min(2, s.path.size()); level++) {
                BigDecimal[] acc = sums.computeIfAbsent(List.copyOf(s.path.subList(0, level)),
                        k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                acc[0] = acc[0].add(s.weight);
                acc[1] = acc[1].add(s.score.value());
            }
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        sums.forEach((path, acc) -> out.add(Json.createObjectBuilder()
                .add("path", Json.createArrayBuilder(path))
                .add("weight", acc[0])
                .add("score", acc[1].setScale(2, RoundingMode.HALF_UP))));
        return out;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** One indicator's outcome. */
    record IndicatorScore(List<String> path, BigDecimal weight, Points score, String method, String explanation,
                          boolean applicable) {
    }
}
