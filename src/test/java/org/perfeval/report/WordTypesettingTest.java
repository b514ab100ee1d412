package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.perfeval.evaluation.EvaluationStatus;

/** The Word report's typesetting, and the cover's date in both formats. */
class WordTypesettingTest {

    private static ReportContent content() throws Exception {
        return ReportAssembler.of(ReportFixtures.seedEvaluation(EvaluationStatus.PUBLISHED), LocalDate.of(2023, 9, 15));
    }

    @Test
    void bodyTextIsJustifiedAndEveryParagraphBreaksItsLinesTheEastAsianWay() throws Exception {
        ReportContent content = content();
        List<String> bodyTexts = ReportOutline.of(content).blocks().stream().filter(Block.Paragraph.class::isInstance)
                .map(b -> ((Block.Paragraph) b).text()).toList();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(WordReport.render(content)))) {
            List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
            for (XWPFTable table : doc.getTables()) {
                table.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
            }
            int body = 0;
            for (XWPFParagraph p : all) {
                if (p.getText().isBlank()) {
                    continue;
                }
                CTPPr properties = p.getCTP().getPPr();
                assertTrue(on(properties.getKinsoku()), "kinsoku on: " + p.getText());
                assertTrue(on(properties.getOverflowPunct()), "overflowPunct on: " + p.getText());
                boolean heading = p.getStyle() != null && p.getStyle().startsWith("Heading");
                if (bodyTexts.contains(p.getText()) && !heading) {
                    assertEquals(ParagraphAlignment.BOTH, p.getAlignment(), "justified: " + p.getText());
                    assertEquals(ReportTypefaces.WORD_BODY, eastAsia(p), p.getText());
                    body++;
                }
                if (heading) {
                    assertEquals(ReportTypefaces.WORD_HEADING, eastAsia(p), p.getText());
                }
            }
            assertTrue(body >= 8, "body paragraphs " + body);
            XWPFTable scores = doc.getTables().get(3);
            assertEquals(ReportTypefaces.WORD_HEADING, eastAsia(scores.getRow(0).getCell(0).getParagraphs().get(0)));
            assertEquals(ReportTypefaces.WORD_BODY, eastAsia(scores.getRow(1).getCell(2).getParagraphs().get(0)));
        }
    }

    @Test
    void theWordCoverShowsTheReportDate() throws Exception {
        ReportContent content = content();
        assertEquals("二〇二三年九月", content.dateLine());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(WordReport.render(content)))) {
            List<String> cover = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                cover.add(p.getText().strip());
                if (p.getCTP().xmlText().contains("w:type=\"page\"")) {
                    break;
                }
            }
            assertTrue(cover.contains(content.title()), cover.toString());
            assertEquals(content.dateLine(), cover.get(cover.size() - 1), "the date ends the cover page");
        }
    }

    @Test
    void thePdfCoverShowsTheReportDate() throws Exception {
        ReportTest.assumeCjkFont();
        ReportContent content = content();
        try (var doc = Loader.loadPDF(PdfReport.render(content))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(doc).replaceAll("\\s", "");
            assertTrue(cover.contains(content.dateLine()), cover);
            assertTrue(cover.endsWith(content.dateLine()), "the date ends the cover page: " + cover);
        }
    }

    private static boolean on(CTOnOff value) {
        return value != null && (!value.isSetVal() || List.of("on", "true", "1").contains(String.valueOf(value.getVal())));
    }

    private static String eastAsia(XWPFParagraph p) {
        XWPFRun run = p.getRuns().get(0);
        return run.getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }
}
