package org.perfeval.selfevaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Many forms as one .xlsx, its parts written straight into the zip: each form is generated, rendered
 * and written as its worksheet, then dropped, so memory holds one form whatever the count, and the
 * time grows with the count alone. POI's SXSSF keeps a sheet object per worksheet and looks sheets up
 * by scanning them all, when creating each one and again when writing each one: 10,000 sheets took it
 * 76 s and 1.8 GB of memory here, this writer 4–6 s within 48 MB of heap (GeneratedWorkbookSpeedTest).
 */
final class XlsxStreamWriter {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** The cell format of a share shown as a percentage: built-in number format 10, 0.00%. */
    private static final int PERCENT_STYLE = 1;

    private XlsxStreamWriter() {
    }

    static void write(Path file, int count, IntFunction<GeneratedForm> formAt) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
             Writer text = new BufferedWriter(new OutputStreamWriter(new KeepOpenOutputStream(zip), StandardCharsets.UTF_8), 1 << 16)) {
            Parts parts = new Parts(zip, text);
            parts.add("[Content_Types].xml", w -> w.write(HEADER
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    // every other .xml part is a worksheet; the two that are not say so
                    + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>"));
            parts.add("_rels/.rels", w -> w.write(HEADER + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"));
            parts.add("xl/workbook.xml", w -> {
                w.write(HEADER + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
                for (int i = 1; i <= count; i++) {
                    w.write("<sheet name=\"" + FormWorkbookWriter.sheetName(i - 1) + "\" sheetId=\"" + i + "\" r:id=\"rId" + i + "\"/>");
                }
                w.write("</sheets></workbook>");
            });
            parts.add("xl/_rels/workbook.xml.rels", w -> {
                w.write(HEADER + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">");
                for (int i = 1; i <= count; i++) {
                    w.write("<Relationship Id=\"rId" + i + "\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet" + i
                            + ".xml\"/>");
                }
                w.write("<Relationship Id=\"rId" + (count + 1) + "\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>");
                w.write("</Relationships>");
            });
            parts.add("xl/styles.xml", w -> w.write(HEADER + "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>"));
            for (int i = 0; i < count; i++) {
                SheetRenderer.RenderedSheet sheet = SheetRenderer.render(formAt.apply(i));
                parts.add("xl/worksheets/sheet" + (i + 1) + ".xml", w -> worksheet(w, sheet));
            }
        }
    }

    private interface Content {
        void write(Writer w) throws IOException;
    }

    /** The zip's entries, all written through one buffered writer, flushed at the end of each. */
    private record Parts(ZipOutputStream zip, Writer text) {
        void add(String name, Content content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            content.write(text);
            text.flush();
            zip.closeEntry();
        }
    }

    private static void worksheet(Writer w, SheetRenderer.RenderedSheet sheet) throws IOException {
        w.write(HEADER + "<worksheet xmlns=\"" + MAIN + "\"><cols><col min=\"1\" max=\"10\" width=\"16\" customWidth=\"1\"/></cols><sheetData>");
        for (SheetRenderer.Row row : sheet.rows()) {
            w.write("<row r=\"" + (row.index() + 1) + "\">");
            for (SheetRenderer.Cell c : row.cells()) {
                String ref = CellReference.convertNumToColString(c.column()) + (row.index() + 1);
                switch (c.style()) {
                    case TEXT -> w.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(c.text()) + "</t></is></c>");
                    case NUMBER -> w.write("<c r=\"" + ref + "\"><v>" + c.number().toPlainString() + "</v></c>");
                    case PERCENT -> w.write("<c r=\"" + ref + "\" s=\"" + PERCENT_STYLE + "\"><v>" + c.number().toPlainString()
                            + "</v></c>");
                }
            }
            w.write("</row>");
        }
        w.write("</sheetData>");
        if (!sheet.merges().isEmpty()) {
            w.write("<mergeCells count=\"" + sheet.merges().size() + "\">");
            for (CellRangeAddress m : sheet.merges()) {
                w.write("<mergeCell ref=\"" + m.formatAsString() + "\"/>");
            }
            w.write("</mergeCells>");
        }
        w.write("</worksheet>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
