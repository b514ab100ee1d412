package org.perfeval.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast big generated batches are written and read back, on demand only:
 * {@code mvnl -o -q test -Dtest=GeneratedWorkbookSpeedTest -Dforms.speed=10000} prints one line
 * {@code forms: …} per figure. The streaming writer's forms are all read and reviewed clean; the
 * SXSSF writer of lists is timed on a smaller batch ({@code -Dforms.speed.sxssf=2000}) for comparison.
 */
@EnabledIfSystemProperty(named = "forms.speed", matches = "\\d+")
class GeneratedWorkbookSpeedTest {

    @TempDir
    Path dir;

    @Test
    void aBigBatchIsWrittenAndReadBack() throws Exception {
        int count = Integer.getInteger("forms.speed");
        Path file = dir.resolve("streamed.xlsx");
        resetPeaks();
        long start = System.nanoTime();
        FormGenerator.writeWorkbook(file, count, 42L, FormGenerator.DEFAULT_INDICATORS);
        report("streaming writer, " + count + " forms × " + FormGenerator.DEFAULT_INDICATORS + " indicators", start, file);

        AtomicInteger clean = new AtomicInteger();
        start = System.nanoTime();
        FormWorkbooks.read(file, null, r -> {
            if (r.errors().isEmpty() && DeskReview.of(r.form(), ReviewRules.DEFAULTS).flags().isEmpty()) {
                clean.incrementAndGet();
            }
        });
        System.out.printf("forms: read and reviewed %d forms: %.1f s%n", count, seconds(start));
        assertEquals(count, clean.get(), "every form read, none flagged");

        int smaller = Math.min(count, Integer.getInteger("forms.speed.sxssf", 2000));
        FormGenerator generator = new FormGenerator(42L);
        List<GeneratedForm> forms = new ArrayList<>();
        for (int i = 0; i < smaller; i++) {
            forms.add(generator.clean());
        }
        Path sxssf = dir.resolve("sxssf.xlsx");
        start = System.nanoTime();
        FormGenerator.writeWorkbook(sxssf, forms);
        report("SXSSF writer, " + smaller + " forms (already generated)", start, sxssf);
    }

    private static void report(String what, long start, Path file) throws Exception {
        System.out.printf("forms: %s: %.1f s, %.1f MB, peak heap %d MB%n", what, seconds(start), Files.size(file) / 1e6,
                peakHeap() / (1024 * 1024));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
