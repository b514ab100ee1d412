package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF's typesetting as a reader sees it: long paragraphs full of figures and punctuation break their lines
 * by the Chinese rules, are justified, and are set in the Song face under headings in the Hei face.
 */
class PdfTypesettingTest {

    /** A4 less the 72 pt margins: where a justified line ends. */
    private static final float RIGHT_MARGIN = 595f - 72f;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*%?");

    private static final List<String> SENTENCES = List.of(
            ChineseLineBreaksTest.SENTENCE,
            "政府采购预算总额5.22万元，实际执行1.56万元，政府采购执行率为29.89%；",
            "根据《晋中开发区预算绩效管理办法》（晋开财〔2021〕12号）的规定，“预算执行率”得分为8分，",
            "其中基本支出10.35万元、项目支出17.17万元（含结转0.5万元），较上年增长12.5%！",
            "评价结论：良（85.5分）？入驻企业满意度≥85%，规范行业管理「达成」。");
    /** Shifts each paragraph's text by a few characters, so that its lines end at ever other places. */
    private static final String PREFIX = "经绩效评价工作组现场核查认定";

    private static ReportDocument report;
    private static byte[] pdf;
    private static ReportTypefaces faces;

    @BeforeAll
    static void render() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "一、资金收支、结余情况", false));
        for (int i = 0; i < 28; i++) {
            if (i % 7 == 0) {
                blocks.add(new Block.Heading(2, ReportOutline.subNumber(i / 7) + "第" + (i / 7 + 1) + "部分（2022年度）", false));
            }
            StringBuilder text = new StringBuilder(PREFIX.substring(0, i % PREFIX.length()));
            for (int s = 0; s < 4 + i % 3; s++) {
                text.append(SENTENCES.get((i + s) % SENTENCES.size()));
            }
            text.append("以上数据均经核实。");
            blocks.add(new Block.Paragraph(text.toString()));
        }
        blocks.add(new Block.Table(List.of(new Block.Column("指标", 1, false), new Block.Column("扣分原因", 3, false)),
                List.of(List.of("预算调整率", "预算调整率38.63%，按分档得0分；政府采购执行率29.89%，按比例得1.2分。"),
                        List.of("税收增长（2022年）", "评价人评定得2.8分：园区税收有所增长，但增幅低于预期（增幅3.5%）。"))));
        report = new ReportDocument("排版", Optional.empty(), blocks);
    }

    private static byte[] pdf() throws Exception {
        ReportTest.assumeCjkFont();
        if (pdf == null) {
            faces = ReportTypefaces.installed();
            pdf = PdfReport.render(report, faces);
            ReportTest.write("typesetting.pdf", pdf);
        }
        return pdf;
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuationAndNoNumberIsSplit() throws Exception {
        List<Line> lines = lines(pdf());
        assertTrue(lines.size() > 150, "long paragraphs: " + lines.size() + " lines");
        List<String> numbers = new ArrayList<>();
        for (Block block : report.blocks()) {
            String text = block instanceof Block.Paragraph p ? p.text() : block instanceof Block.Heading h ? h.text()
                    : String.join("", ((Block.Table) block).rows().stream().flatMap(List::stream).toList());
            numbers.addAll(ChineseLineBreaksTest.tokens(NUMBER, text));
        }
        List<String> printed = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text();
            assertFalse(ChineseLineBreaks.isClosing(text.charAt(0)), "a line starts with closing punctuation: " + text);
            assertFalse(ChineseLineBreaks.isOpening(text.charAt(text.length() - 1)),
                    "a line ends with opening punctuation: " + text);
            printed.addAll(ChineseLineBreaksTest.tokens(NUMBER, text));
        }
        ChineseLineBreaksTest.assertNoneSplit(numbers, printed, "in the PDF");
    }

    @Test
    void bodyTextIsJustifiedInTheSongFaceUnderHeadingsInTheHeiFace() throws Exception {
        List<Line> lines = lines(pdf());
        String song = postscriptName(faces.body());
        String hei = postscriptName(faces.heading());
        List<Line> body = lines.stream().filter(l -> l.size() == 12f).toList();
        List<Line> headings = lines.stream().filter(l -> l.size() >= 14f).toList();
        assertTrue(body.size() > 150, "body lines " + body.size());
        assertEquals(1 + 4, headings.size(), "headings " + headings);
        body.forEach(l -> assertEquals(song, l.font(), "body text in the Song face: " + l.text()));
        headings.forEach(l -> assertEquals(hei, l.font(), "headings in the Hei face: " + l.text()));
        int flush = 0;
        for (Line line : body) {
            // every line but a paragraph's last reaches the right margin
            if (!line.text().endsWith("。")) {
                assertEquals(RIGHT_MARGIN, line.right(), 1f, "justified: " + line.text());
                flush++;
            }
        }
        assertTrue(flush > 100, "justified lines " + flush);
    }

    @Test
    void thePdfEmbedsBothFaces() throws Exception {
        byte[] bytes = pdf();
        Set<String> embedded = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    embedded.add(withoutSubsetTag(font.getName()));
                }
            }
        }
        assertEquals(Set.of(postscriptName(faces.body()), postscriptName(faces.heading())), embedded);
        // with one CJK font installed it serves body text and headings
        assertEquals(faces.distinct() ? 2 : 1, embedded.size());
    }

    /** What the task's own check does: {@code pdftotext -layout}, where it is installed (poppler-utils). */
    @Test
    void pdftotextLayoutFindsNoLineStartingWithClosingPunctuation() throws Exception {
        byte[] bytes = pdf();
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if ("true".equals(System.getenv("PERFEVAL_REQUIRE_PREREQUISITES"))) {
            assertTrue(Files.isExecutable(pdftotext), "pdftotext (poppler-utils) is required");
        }
        Assumptions.assumeTrue(Files.isExecutable(pdftotext), "needs pdftotext: apt-get install poppler-utils");
        Path file = Files.createTempFile("typesetting", ".pdf");
        try {
            Files.write(file, bytes);
            Process process = new ProcessBuilder(pdftotext.toString(), "-layout", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text;
            try (InputStream in = process.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext ends");
            assertEquals(0, process.exitValue(), text);
            int checked = 0;
            for (String line : text.split("\n")) {
                // a table's cells side by side are apart by several spaces
                for (String part : line.strip().split("\\s{2,}")) {
                    if (part.isEmpty()) {
                        continue;
                    }
                    assertFalse(ChineseLineBreaks.isClosing(part.charAt(0)), "starts with closing punctuation: " + line);
                    assertFalse(ChineseLineBreaks.isOpening(part.charAt(part.length() - 1)),
                            "ends with opening punctuation: " + line);
                    checked++;
                }
            }
            assertTrue(checked > 150, "lines " + checked);
            assertTrue(text.contains("38.63%"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static String postscriptName(CjkFont face) {
        return PdfReport.embedded(face).getPostscriptFontName();
    }

    private static String withoutSubsetTag(String name) {
        return name.matches("[A-Z]{6}\\+.*") ? name.substring(7) : name;
    }

    /** A printed line: its text without spaces, the face and size of its first glyph, where its last glyph ends. */
    record Line(String text, String font, float size, float right) {
    }

    /** The PDF's lines as PDFBox reads them, in the order they were written (a table's cells one by one). */
    static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private final StringBuilder text = new StringBuilder();
            private TextPosition first;
            private float right;

            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                text.append(string);
                for (TextPosition p : positions) {
                    if (first == null) {
                        first = p;
                    }
                    right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                }
            }

            @Override
            protected void writeLineSeparator() {
                flush();
            }

            @Override
            protected void writePageEnd() {
                flush();
            }

            private void flush() {
                String stripped = text.toString().replaceAll("\\s", "");
                if (!stripped.isEmpty()) {
                    lines.add(new Line(stripped, withoutSubsetTag(first.getFont().getName()), first.getFontSizeInPt(), right));
                }
                text.setLength(0);
                first = null;
                right = 0;
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        return lines;
    }
}
