package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The third-level indicators of a generated form, grouped as the national template has them:
 * 产出指标 (数量, 质量, 时效, 成本; 40–60 points), 效益指标 (the rest of 80 points) and 满意度指标
 * (10 points), so that with the execution 分值 of 10 the weights total exactly 100.
 */
final class IndicatorSet {

    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SATISFACTION = "满意度指标";
    private static final List<String> BENEFIT_KINDS = List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标");
    private static final String[] BATCHES = {"二期", "三期", "四期", "五期", "六期", "七期", "八期", "九期"};

    private final Random random;
    private final FormCatalogue.Sector sector;
    private final int year;

    IndicatorSet(Random random, FormCatalogue.Sector sector, int year) {
        this.random = random;
        this.sector = sector;
        this.year = year;
    }

    List<DraftForm.Indicator> draw(int count) {
        int satisfaction = Math.max(1, Math.round(count * 0.1f));
        int benefit = Math.max(1, Math.round(count * 0.28f));
        int output = count - satisfaction - benefit;
        int outputPoints = IndicatorTemplate.pick(random, List.of(40, 45, 50, 50, 50, 55, 60));
        List<DraftForm.Indicator> out = new ArrayList<>();
        out.addAll(group(OUTPUT, outputKinds(output), outputPoints));
        out.addAll(group(BENEFIT, benefitKinds(benefit), 80 - outputPoints));
        out.addAll(group(SATISFACTION, List.of(new Kind("服务对象满意度指标", FormCatalogue.SATISFACTION, satisfaction)), 10));
        return out;
    }

    /** A second-level kind, the templates it draws from and how many indicators it gets. */
    private record Kind(String name, List<IndicatorTemplate> templates, int count) {
    }

    private List<Kind> outputKinds(int output) {
        int quantity = Math.max(1, Math.round(output * 0.35f));
        int[] rest = spread(output - quantity, 3);
        return List.of(new Kind("数量指标", sector.quantities(), quantity), new Kind("质量指标", FormCatalogue.QUALITY, rest[0]),
                new Kind("时效指标", FormCatalogue.TIMELINESS, rest[1]), new Kind("成本指标", sector.costs(), rest[2]));
    }

    /** 社会效益 always, the other kinds as the count allows, in the template's order. */
    private List<Kind> benefitKinds(int benefit) {
        List<String> others = new ArrayList<>(List.of("经济效益指标", "生态效益指标", "可持续影响指标"));
        Collections.shuffle(others, random);
        List<String> used = new ArrayList<>(others.subList(0, Math.min(3, benefit - 1)));
        used.add("社会效益指标");
        used.sort((a, b) -> BENEFIT_KINDS.indexOf(a) - BENEFIT_KINDS.indexOf(b));
        int[] counts = spread(benefit, used.size());
        List<Kind> kinds = new ArrayList<>();
        for (int k = 0; k < used.size(); k++) {
            kinds.add(new Kind(used.get(k), benefitTemplates(used.get(k)), counts[k]));
        }
        return kinds;
    }

    private List<IndicatorTemplate> benefitTemplates(String kind) {
        return switch (kind) {
            case "经济效益指标" -> FormCatalogue.ECONOMIC;
            case "社会效益指标" -> sector.socialBenefits();
            case "生态效益指标" -> FormCatalogue.ECOLOGICAL;
            default -> FormCatalogue.SUSTAINABLE;
        };
    }

    private List<DraftForm.Indicator> group(String first, List<Kind> kinds, int points) {
        int count = kinds.stream().mapToInt(Kind::count).sum();
        List<BigDecimal> weights = weights(count, points);
        List<DraftForm.Indicator> out = new ArrayList<>();
        for (Kind kind : kinds) {
            for (IndicatorTemplate t : templates(kind)) {
                BigDecimal target = t.drawTarget(random);
                out.add(new DraftForm.Indicator(t, first, kind.name(), t.name(), target, t.targetText(target, random, year),
                        t.metActual(target, random), weights.get(out.size())));
            }
        }
        return out;
    }

    /** {@code count} distinct templates of the kind; past the catalogue's, the same again as a later batch (二期 …). */
    private List<IndicatorTemplate> templates(Kind kind) {
        List<IndicatorTemplate> out = new ArrayList<>();
        for (int round = 0; out.size() < kind.count(); round++) {
            List<IndicatorTemplate> shuffled = new ArrayList<>(kind.templates());
            Collections.shuffle(shuffled, random);
            for (IndicatorTemplate t : shuffled.subList(0, Math.min(shuffled.size(), kind.count() - out.size()))) {
                out.add(round == 0 ? t : t.named(t.name() + "（" + batch(round) + "）"));
            }
        }
        return out;
    }

    private static String batch(int round) {
        return round <= BATCHES.length ? BATCHES[round - 1] : (round + 1) + "期";
    }

    /** Weights of whole points (half points when there are more indicators than points), at least one unit each. */
    private List<BigDecimal> weights(int count, int points) {
        int perPoint = count <= points ? 1 : 2;
        int[] units = spread(points * perPoint, count);
        List<BigDecimal> out = new ArrayList<>();
        for (int u : units) {
            out.add(BigDecimal.valueOf(u).divide(BigDecimal.valueOf(perPoint)));
        }
        return out;
    }

    /** {@code total} split into {@code parts} parts of at least one, the rest at random. */
    private int[] spread(int total, int parts) {
        if (total < parts) {
            throw new IllegalArgumentException(total + " cannot be split into " + parts + " parts of at least one");
        }
        int[] out = new int[parts];
        java.util.Arrays.fill(out, 1);
        for (int i = parts; i < total; i++) {
            out[random.nextInt(parts)]++;
        }
        return out;
    }
}
