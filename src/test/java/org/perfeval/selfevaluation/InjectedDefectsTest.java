package org.perfeval.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfeval.common.FieldError;
import org.perfeval.json.SelfEvaluationFormJson;

/**
 * Forms made by {@link FormGenerator} with known defects injected, written to .xlsx (each layout
 * variant of forms/FORMAT.md) and to JSON, read back and reviewed: each injected defect is found
 * (code and path) and nothing else; clean forms raise no flag and read back as generated; an
 * unreadable cell is listed naming sheet and cell (or JSON path) and the rest of the batch is read.
 */
class InjectedDefectsTest {

    @TempDir
    Path dir;

    // --- what was read, and what the review made of it ----------------------------------------

    private List<FormSheet.Reading> readExcel(Path file) throws Exception {
        List<FormSheet.Reading> out = new ArrayList<>();
        FormBatches.read(file, null, dir.resolve("work"), out::add);
        return out;
    }

    /** The JSON body's forms as the reader gives them: the form, or null and its errors. */
    private record JsonReading(SelfEvaluationForm form, List<FieldError> errors) {
    }

    private static List<JsonReading> readJson(String body) {
        JsonArray forms = Json.createReader(new StringReader(body)).readObject().getJsonArray("forms");
        List<JsonReading> out = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            List<FieldError> errors = new ArrayList<>();
            SelfEvaluationForm form = SelfEvaluationFormJson.read(forms.get(i), "forms[" + i + "]", errors);
            out.add(new JsonReading(form, errors));
        }
        return out;
    }

    private static List<ExpectedFlag> flagsOf(SelfEvaluationForm form) {
        return DeskReview.of(form, ReviewRules.DEFAULTS).flags().stream().map(ExpectedFlag::of).toList();
    }

    /** Every fact and printed figure of a form, numbers without trailing zeros, blank text as empty. */
    private static String fingerprint(SelfEvaluationForm f) {
        FormFunds m = f.funds();
        StringBuilder b = new StringBuilder(String.join("|", String.valueOf(f.year()), f.project(), f.department(), f.unit(),
                f.expectedGoal(), f.actualGoal(), n(m.initialBudget().wan()), n(m.annualBudget().wan()), n(m.expenditure().wan()),
                n(m.weight().points()), n(m.printedRate()), n(m.printedScore()), n(f.printedTotal())));
        for (FormIndicator i : f.indicators()) {
            b.append('\n').append(String.join("|", i.key(), i.target(), text(i.actual()), n(i.weight().points()),
                    n(i.printedScore()), text(i.explanation())));
        }
        return b.toString();
    }

    private static String n(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Each sheet read back is its generated form with exactly the expected flags, or names its unreadable cell. */
    private static void assertReadAsGenerated(List<GeneratedForm> generated, List<FormSheet.Reading> readings, String workbook) {
        assertEquals(generated.size(), readings.size(), workbook);
        for (int i = 0; i < generated.size(); i++) {
            GeneratedForm g = generated.get(i);
            FormSheet.Reading r = readings.get(i);
            String sheet = (workbook == null ? "" : workbook + "!") + FormWorkbookWriter.sheetName(i);
            assertEquals(sheet, r.sheet());
            if (g.readable()) {
                assertEquals(List.of(), r.errors(), sheet);
                assertEquals(fingerprint(g.form()), fingerprint(r.form()), sheet + " reads as generated");
                assertEquals(g.expectedFlags(), flagsOf(r.form()), sheet + " " + g.defects() + " in " + g.layout());
            } else {
                assertNull(r.form(), sheet);
                assertEquals(List.of(sheet + "!" + g.unreadableReference()), r.errors().stream().map(FieldError::path).toList(),
                        sheet + " " + g.unreadable() + " in " + g.layout());
            }
        }
    }

    private static void assertJsonAsGenerated(List<GeneratedForm> generated) {
        List<JsonReading> readings = readJson(FormGenerator.toJson(generated));
        assertEquals(generated.size(), readings.size());
        for (int i = 0; i < generated.size(); i++) {
            GeneratedForm g = generated.get(i);
            JsonReading r = readings.get(i);
            String at = "forms[" + i + "]";
            if (g.readable()) {
                assertEquals(List.of(), r.errors(), at);
                assertEquals(fingerprint(g.form()), fingerprint(r.form()), at);
                assertEquals(g.expectedFlags(), flagsOf(r.form()), at + " " + g.defects());
            } else {
                assertNull(r.form(), at);
                assertEquals(List.of(at + "." + g.unreadable().jsonPath()), r.errors().stream().map(FieldError::path).toList(), at);
            }
        }
    }

    // --- the generator's own promises ------------------------------------------------------------

    @Test
    void everyFormLevelFlagHasOneDefect() {
        Set<FlagCode> formLevel = EnumSet.complementOf(EnumSet.of(FlagCode.ALL_FULL_MARKS));
        List<FlagCode> injected = Arrays.stream(Defect.values()).flatMap(d -> d.flag().stream()).toList();
        assertEquals(formLevel, EnumSet.copyOf(injected));
        assertEquals(formLevel.size(), injected.size(), "one defect per code");
    }

    @Test
    void cleanFormsRaiseNoFlag() throws Exception {
        FormGenerator generator = new FormGenerator(20240601L);
        List<GeneratedForm> forms = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            forms.add(generator.clean());
        }
        for (GeneratedForm g : forms) {
            SelfEvaluationForm f = g.form();
            assertEquals(List.of(), flagsOf(f), f.project());
            assertEquals(25, f.indicators().size());
            BigDecimal weights = f.indicators().stream().map(i -> i.weight().points()).reduce(f.funds().weight().points(), BigDecimal::add);
            assertEquals(0, weights.compareTo(new BigDecimal("100")), "weights with the execution 分值 total 100");
            assertEquals(Set.of("产出指标", "效益指标", "满意度指标"), f.indicators().stream().map(i -> i.path().get(0)).collect(Collectors.toSet()));
            assertTrue(f.funds().expenditure().wan().compareTo(f.funds().annualBudget().wan()) <= 0, "spent within the budget");
        }
        // the clean forms include explained deductions and explained overachievements, which must not be flagged either
        long explained = forms.stream().flatMap(g -> g.form().indicators().stream())
                .filter(i -> i.printedScore().compareTo(i.weight().points()) < 0 && i.hasExplanation()).count();
        assertTrue(explained > 50, "explained deductions: " + explained);
        List<GeneratedForm> some = forms.subList(0, 100); // Excel is slower; the layouts have tests of their own
        Path file = dir.resolve("clean.xlsx");
        FormGenerator.writeWorkbook(file, some);
        assertReadAsGenerated(some, readExcel(file), null);
        assertJsonAsGenerated(forms);
    }

    @Test
    void theSameSeedGivesTheSameForms() {
        FormGenerator a = new FormGenerator(7);
        FormGenerator b = new FormGenerator(7);
        List<GeneratedForm> first = List.of(a.clean(), a.mixed(0.2), a.withDefect(Defect.TOTAL_MISMATCH, SheetLayout.PLAIN));
        List<GeneratedForm> second = List.of(b.clean(), b.mixed(0.2), b.withDefect(Defect.TOTAL_MISMATCH, SheetLayout.PLAIN));
        assertEquals(FormGenerator.toJson(first), FormGenerator.toJson(second));
        assertNotEquals(FormGenerator.toJson(first), FormGenerator.toJson(List.of(new FormGenerator(8).clean(), a.clean(), a.clean())));
    }

    // --- one defect, every layout ------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Defect.class)
    void eachInjectedDefectIsFoundAndNothingElse(Defect defect) throws Exception {
        FormGenerator generator = new FormGenerator(1000L + defect.ordinal());
        List<GeneratedForm> forms = new ArrayList<>();
        for (SheetLayout.Variant variant : SheetLayout.Variant.values()) {
            for (int k = 0; k < 2; k++) {
                forms.add(generator.withDefect(defect, variant.layout()));
            }
        }
        for (GeneratedForm g : forms) {
            assertEquals(defect == Defect.UNREADABLE_CELL, !g.readable());
            assertEquals(defect.flag().stream().toList(), g.expectedFlags().stream().map(ExpectedFlag::code).toList());
        }
        Path file = dir.resolve(defect + ".xlsx");
        FormGenerator.writeWorkbook(file, forms);
        assertReadAsGenerated(forms, readExcel(file), null);
        assertJsonAsGenerated(forms);
    }

    @ParameterizedTest
    @EnumSource(SheetLayout.Variant.class)
    void eachLayoutReadsAsGenerated(SheetLayout.Variant variant) throws Exception {
        FormGenerator generator = new FormGenerator(2000L + variant.ordinal());
        List<GeneratedForm> forms = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            forms.add(generator.clean(variant.layout()));
        }
        Path file = dir.resolve(variant + ".xlsx");
        FormGenerator.writeWorkbook(file, forms);
        assertReadAsGenerated(forms, readExcel(file), null);
    }

    // --- a mixed batch ---------------------------------------------------------------------------------

    @Test
    void aMixedBatchInAZipOfThreeWorkbooksGivesEveryInjectedDefectAndNothingElse() throws Exception {
        FormGenerator generator = new FormGenerator(31415L);
        List<List<GeneratedForm>> workbooks = new ArrayList<>();
        for (int size : new int[] {70, 70, 60}) {
            List<GeneratedForm> forms = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                forms.add(generator.mixed(0.05));
            }
            workbooks.add(forms);
        }
        List<GeneratedForm> all = workbooks.stream().flatMap(List::stream).toList();
        assertEquals(EnumSet.allOf(Defect.class), all.stream().flatMap(g -> g.defects().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Defect.class))), "the batch has every defect");
        assertTrue(all.stream().filter(g -> g.defects().size() >= 3).count() >= 20, "many forms with several defects");
        long unreadable = all.stream().filter(g -> !g.readable()).count();
        assertTrue(unreadable >= 3, "unreadable sheets: " + unreadable);

        Path zip = dir.resolve("batch.zip");
        FormGenerator.writeZip(zip, workbooks);
        List<FormSheet.Reading> readings = readExcel(zip);
        assertEquals(all.size(), readings.size());
        int from = 0;
        for (int k = 0; k < workbooks.size(); k++) {
            List<GeneratedForm> forms = workbooks.get(k);
            assertReadAsGenerated(forms, readings.subList(from, from + forms.size()), FormWorkbookWriter.workbookName(k));
            from += forms.size();
        }
        assertEquals(all.size() - unreadable, readings.stream().filter(r -> r.form() != null).count(), "the other forms read");
        assertJsonAsGenerated(all);

        List<FormReview> reviews = readings.stream().filter(r -> r.form() != null)
                .map(r -> DeskReview.of(r.form(), ReviewRules.DEFAULTS)).toList();
        assertEquals(departmentsAllAt100(all), DeskReview.departmentFlags(reviews).keySet());
    }

    /** Departments with three or more readable forms, each printed 100: as generated, not as reviewed. */
    private static Set<String> departmentsAllAt100(List<GeneratedForm> forms) {
        Map<String, List<GeneratedForm>> byDepartment = forms.stream().filter(GeneratedForm::readable)
                .collect(Collectors.groupingBy(g -> g.form().department(), LinkedHashMap::new, Collectors.toList()));
        return byDepartment.entrySet().stream()
                .filter(e -> e.getValue().size() >= 3
                        && e.getValue().stream().allMatch(g -> g.form().printedTotal().compareTo(new BigDecimal("100")) == 0))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    // --- departments -------------------------------------------------------------------------------------

    @Test
    void aDepartmentWithThreeFormsAllAt100IsFlaggedAndOneWithTwoIsNot() throws Exception {
        FormGenerator generator = new FormGenerator(99L);
        String three = "平遥县水利局";
        String two = "祁县教育局";
        String mixed = "介休市交通运输局";
        List<GeneratedForm> forms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            forms.add(generator.fullMarks(three, SheetLayout.random(new Random(i))));
        }
        forms.add(generator.fullMarks(two, SheetLayout.PLAIN));
        forms.add(generator.fullMarks(two, SheetLayout.Variant.ALL_AT_ONCE.layout()));
        forms.add(generator.fullMarks(mixed, SheetLayout.PLAIN));
        forms.add(generator.fullMarks(mixed, SheetLayout.PLAIN));
        GeneratedForm below100 = generator.clean(mixed, SheetLayout.PLAIN);
        while (below100.form().printedTotal().compareTo(new BigDecimal("100")) == 0) {
            below100 = generator.clean(mixed, SheetLayout.PLAIN);
        }
        forms.add(below100);
        for (GeneratedForm g : forms.subList(0, 7)) {
            assertEquals(0, g.form().printedTotal().compareTo(new BigDecimal("100")), g.form().project());
        }
        Path file = dir.resolve("departments.xlsx");
        FormGenerator.writeWorkbook(file, forms);
        List<FormSheet.Reading> readings = readExcel(file);
        assertReadAsGenerated(forms, readings, null);
        List<FormReview> reviews = readings.stream().map(r -> DeskReview.of(r.form(), ReviewRules.DEFAULTS)).toList();
        Map<String, Flag> flags = DeskReview.departmentFlags(reviews);
        assertEquals(Set.of(three), flags.keySet());
        assertEquals(FlagCode.ALL_FULL_MARKS, flags.get(three).code());
        assertTrue(flags.get(three).message().contains("3"), flags.get(three).message());
    }

    // --- the streaming writer ---------------------------------------------------------------------------

    @Test
    void theStreamingWriterWritesTheFormsOfItsSeed() throws Exception {
        Path file = dir.resolve("streamed.xlsx");
        FormGenerator.writeWorkbook(file, 60, 5L, 25);
        List<FormSheet.Reading> readings = readExcel(file);
        List<GeneratedForm> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            expected.add(new FormGenerator(FormGenerator.formSeed(5L, i), 25).clean());
        }
        assertReadAsGenerated(expected, readings, null);
        assertTrue(expected.stream().map(GeneratedForm::layout).distinct().count() > 20, "in many layouts");
    }
}
