package org.perfeval.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.common.FieldError;

/** A batch as one workbook or as a zip of workbooks; a broken workbook in the zip does not stop the rest. */
class FormBatchesTest {

    @TempDir
    Path dir;

    private byte[] sample() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/forms/sample.xlsx")) {
            return in.readAllBytes();
        }
    }

    private List<FormSheet.Reading> read(Path file) throws Exception {
        List<FormSheet.Reading> out = new ArrayList<>();
        FormBatches.read(file, null, dir.resolve("work"), out::add);
        return out;
    }

    @Test
    void aWorkbookAndAZipOfWorkbooksGiveEveryForm() throws Exception {
        Path workbook = Files.write(dir.resolve("batch.bin"), sample());
        assertEquals(List.of("自评表1", "自评表2", "自评表3"), read(workbook).stream().map(FormSheet.Reading::sheet).toList());

        Path zip = dir.resolve("batch.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("农业农村局/水务.xlsx"));
            z.write(sample());
            z.putNextEntry(new ZipEntry("农业农村局/损坏.xlsx"));
            z.write("not a workbook".getBytes());
            z.putNextEntry(new ZipEntry("说明.txt"));
            z.write("ignored".getBytes());
            z.putNextEntry(new ZipEntry("林业局.xlsx"));
            z.write(sample());
            z.closeEntry();
        }
        List<FormSheet.Reading> readings = read(zip);
        assertEquals(List.of("农业农村局/水务.xlsx!自评表1", "农业农村局/水务.xlsx!自评表2", "农业农村局/水务.xlsx!自评表3",
                        "农业农村局/损坏.xlsx", "林业局.xlsx!自评表1", "林业局.xlsx!自评表2", "林业局.xlsx!自评表3"),
                readings.stream().map(FormSheet.Reading::sheet).toList());
        FormSheet.Reading broken = readings.get(3);
        assertNull(broken.form());
        assertEquals(List.of("农业农村局/损坏.xlsx"), broken.errors().stream().map(FieldError::path).toList());
        assertEquals(6, readings.stream().filter(r -> r.form() != null).count());
        try (var left = Files.list(dir.resolve("work"))) {
            assertEquals(0, left.count(), "no temporary workbook is left");
        }
    }
}
