package org.perfeval.selfevaluation;

import static org.perfeval.selfevaluation.IndicatorTemplate.pick;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of self-evaluation forms (forms/FORMAT.md) for tests: clean forms that the desk
 * review must not flag, and forms with known defects injected, each recording the flag (code and
 * path) it must raise. A clean form: 3 first-level groups (产出 with 数量/质量/时效/成本, 效益,
 * 满意度), weights that with the execution 分值 of 10 total exactly 100, targets met without
 * exceeding a floor by 30%, full printed scores, and now and then a missed target scored in
 * proportion or a target exceeded by far, both explained; the printed rate, score and total all
 * correct. The same seed gives the same forms. Writers put them in workbooks (one form a sheet), zips
 * of workbooks and JSON bodies.
 */
public final class FormGenerator {

    public static final int DEFAULT_INDICATORS = 25;
    /** Fewer leave no room for the 产出 group's four kinds beside the other groups. */
    static final int MIN_INDICATORS = 8;
    /** More would need weights below half a point. */
    static final int MAX_INDICATORS = 120;
    private static final List<Defect> FLAGGED_DEFECTS = Arrays.stream(Defect.values()).filter(d -> d.flag().isPresent()).toList();

    private final Random random;
    private final int indicatorsPerForm;

    public FormGenerator(long seed) {
        this(seed, DEFAULT_INDICATORS);
    }

    public FormGenerator(long seed, int indicatorsPerForm) {
        if (indicatorsPerForm < MIN_INDICATORS || indicatorsPerForm > MAX_INDICATORS) {
            throw new IllegalArgumentException("indicators per form: " + MIN_INDICATORS + " to " + MAX_INDICATORS);
        }
        this.random = new Random(seed);
        this.indicatorsPerForm = indicatorsPerForm;
    }

    /** A clean form in a random layout. */
    public GeneratedForm clean() {
        return clean(SheetLayout.random(random));
    }

    public GeneratedForm clean(SheetLayout layout) {
        return draft(null, false).freeze(layout);
    }

    public GeneratedForm withDefect(Defect defect, SheetLayout layout) {
        return withDefects(EnumSet.of(defect), layout);
    }

    /**
     * Every one of these defects injected. A short form may have no clean indicator left that fits one
     * (its only 数量 indicators explained): then another form is drawn.
     */
    public GeneratedForm withDefects(Set<Defect> defects, SheetLayout layout) {
        for (int attempt = 0; attempt < 100; attempt++) {
            DraftForm form = draft(null, false);
            DefectInjector injector = new DefectInjector(random, form);
            if (EnumSet.copyOf(defects).stream().allMatch(injector::inject)) {
                return form.freeze(layout);
            }
        }
        throw new IllegalStateException("no form of " + indicatorsPerForm + " indicators takes all of " + defects);
    }

    /** A clean form of this department (county and sector read from its name: 平遥县水利局). */
    public GeneratedForm clean(String department, SheetLayout layout) {
        return draft(department, false).freeze(layout);
    }

    /** A form of this department that self-scores 100: all spent, every indicator met. */
    public GeneratedForm fullMarks(String department, SheetLayout layout) {
        return draft(department, true).freeze(layout);
    }

    /**
     * A form as a mixed batch has it, in a random layout: unreadable with the given chance, else with
     * up to four defects that do not interfere (none, a fifth of the time).
     */
    public GeneratedForm mixed(double unreadableChance) {
        SheetLayout layout = SheetLayout.random(random);
        DraftForm form = draft(null, false);
        DefectInjector injector = new DefectInjector(random, form);
        if (random.nextDouble() < unreadableChance) {
            injector.inject(Defect.UNREADABLE_CELL);
            return form.freeze(layout);
        }
        List<Defect> shuffled = new ArrayList<>(FLAGGED_DEFECTS);
        Collections.shuffle(shuffled, random);
        EnumSet<Defect> chosen = EnumSet.noneOf(Defect.class);
        chosen.addAll(shuffled.subList(0, random.nextInt(5)));
        chosen.forEach(injector::inject); // in declaration order; one that finds no indicator is left out
        return form.freeze(layout);
    }

    private DraftForm draft(String department, boolean fullMarks) {
        DraftForm f = new DraftForm();
        FormCatalogue.Sector sector = department == null ? pick(random, FormCatalogue.SECTORS) : sectorOf(department);
        String county = department == null ? pick(random, FormCatalogue.COUNTIES)
                : department.substring(0, department.length() - sector.department().length());
        f.year = 2022 + random.nextInt(3);
        f.department = county + sector.department();
        f.unit = county + pick(random, sector.units());
        String stem = pick(random, sector.projects());
        f.project = pick(random, List.of(stem, county + stem, f.year + "年" + stem));
        funds(f, fullMarks);
        new IndicatorSet(random, sector, f.year).draw(indicatorsPerForm).forEach(f.indicators::add);
        if (!fullMarks) {
            explainedVariations(f);
        }
        goals(f, stem);
        return f;
    }

    private static FormCatalogue.Sector sectorOf(String department) {
        return FormCatalogue.SECTORS.stream().filter(s -> department.endsWith(s.department())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sector for " + department));
    }

    /** 10 to 2,000 万元, spread as budgets are (many small, few large); 85–100% spent, a third of them fully. */
    private void funds(DraftForm f, boolean fullMarks) {
        double wan = Math.exp(Math.log(10) + (Math.log(2000) - Math.log(10)) * random.nextDouble());
        f.annualBudget = BigDecimal.valueOf(wan).setScale(2, RoundingMode.HALF_UP);
        f.initialBudget = random.nextInt(5) < 3 ? f.annualBudget
                : f.annualBudget.multiply(BigDecimal.valueOf(0.7 + 0.4 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP);
        boolean allSpent = fullMarks || random.nextInt(3) == 0;
        f.spend(allSpent ? f.annualBudget
                : f.annualBudget.multiply(BigDecimal.valueOf(0.85 + 0.149 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP)
                        .min(f.annualBudget));
    }

    /** A missed target scored in proportion, a far exceeded one: both explained, neither flagged. */
    private void explainedVariations(DraftForm f) {
        if (random.nextInt(10) < 3) {
            floorIndicator(f).ifPresent(i -> {
                BigDecimal actual = i.template.scaled(i.targetValue, random, 0.7, 0.95, RoundingMode.DOWN);
                if (actual.signum() > 0 && actual.compareTo(i.targetValue) < 0) {
                    i.actual = i.template.format(actual);
                    BigDecimal share = actual.divide(i.targetValue, 10, RoundingMode.HALF_UP);
                    i.printed = i.weight.multiply(share).setScale(2, RoundingMode.HALF_UP);
                    i.explanation = pick(random, FormCatalogue.DEDUCTION_REASONS);
                    i.state = DraftForm.State.EXPLAINED_DEDUCTION;
                }
            });
        }
        if (random.nextInt(100) < 15) {
            floorIndicator(f).ifPresent(i -> {
                i.actual = i.template.format(i.template.scaled(i.targetValue, random, 1.35, 1.8, RoundingMode.UP));
                i.explanation = pick(random, FormCatalogue.OVERACHIEVEMENT_REASONS);
                i.state = DraftForm.State.EXPLAINED_OVERACHIEVEMENT;
            });
        }
    }

    private Optional<DraftForm.Indicator> floorIndicator(DraftForm f) {
        List<DraftForm.Indicator> floors = f.plain().stream()
                .filter(i -> i.template.shape() == IndicatorTemplate.Shape.AT_LEAST).toList();
        return floors.isEmpty() ? Optional.empty() : Optional.of(pick(random, floors));
    }

    private void goals(DraftForm f, String stem) {
        DraftForm.Indicator lead = f.indicators.get(0);
        f.expectedGoal = "按期完成" + stem + "年度实施任务，" + lead.name + lead.target + "，资金执行率达到90%以上，受益群众满意度不低于85%。";
        f.actualGoal = "项目已按计划实施，" + lead.name + "完成" + (lead.actual == null ? "" : lead.actual) + "，年度目标基本实现。";
    }

    // --- writers -------------------------------------------------------------------------------

    /** One form per worksheet (自评表1, 自评表2 …), streamed with POI's SXSSF. */
    public static void writeWorkbook(Path file, List<GeneratedForm> forms) throws IOException {
        FormWorkbookWriter.write(file, forms);
    }

    /** A zip of workbooks, 自评表汇总（第1册）.xlsx …. */
    public static void writeZip(Path file, List<List<GeneratedForm>> workbooks) throws IOException {
        FormWorkbookWriter.writeZip(file, workbooks);
    }

    /** {@code count} clean forms in random layouts, each generated while its sheet is written and then dropped. */
    public static void writeWorkbook(Path file, int count, long seed, int indicatorsPerForm) throws IOException {
        XlsxStreamWriter.write(file, count, i -> new FormGenerator(formSeed(seed, i), indicatorsPerForm).clean());
    }

    /** The JSON body {@code {"forms":[…]}} (forms/FORMAT.md, As JSON). */
    public static String toJson(List<GeneratedForm> forms) {
        return FormJsonWriter.toJson(forms);
    }

    /** The seed of the {@code index}-th form of a streamed workbook: forms independent of each other. */
    static long formSeed(long seed, int index) {
        return seed * 0x9E3779B97F4A7C15L + index;
    }
}
