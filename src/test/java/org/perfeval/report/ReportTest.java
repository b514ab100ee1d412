package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.evaluation.EvidenceRef;
import org.perfeval.evaluation.IndicatorEvidence;

/** The generated Word and PDF reports, opened with POI and PDFBox, say what the seed report says. */
class ReportTest {

    private static final List<String> MUST_SAY = List.of("85.5", "良", "38.63%", "29.89%", "44.84万元", "27.52万元",
            "预算资金调整率较大", "预算绩效管理机制不健全", "政府采购预算执行率较低", "提高年度政府采购预算编制科学性",
            "实施单位：新能源汽车园事业服务中心", "委托单位：晋中开发区财政局", "评价机构：山西天正会计师事务所", "二〇二三年九月");

    /** PDF needs a CJK font from the system; .ci/run installs one and requires it. */
    static void assumeCjkFont() {
        boolean present;
        try {
            PdfReport.embedded(CjkFont.require(Optional.empty()));
            present = true;
        } catch (ReportUnavailableException e) {
            present = false;
        }
        if ("true".equals(System.getenv("PERFEVAL_REQUIRE_PREREQUISITES"))) {
            assertTrue(present, "a CJK font (fonts-arphic-uming, fonts-wqy-zenhei) is required");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present,
                "PDF tests need a CJK font: apt-get install fonts-arphic-uming fonts-wqy-zenhei");
    }

    private static ReportContent content(EvaluationStatus status) throws Exception {
        return ReportAssembler.of(ReportFixtures.seedEvaluation(status), LocalDate.of(2023, 9, 15));
    }

    @Test
    void wordReportHasTheSectionsTablesAndFiguresOfTheSeedReport() throws Exception {
        byte[] docx = WordReport.render(content(EvaluationStatus.PUBLISHED));
        write("seed-report.docx", docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                all.append(p.getText()).append('\n');
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    headings.add(p.getText());
                }
            }
            for (String h : ReportContent.HEADINGS) {
                assertTrue(headings.contains(h), "heading " + h + " in " + headings);
            }
            for (XWPFTable t : doc.getTables()) {
                all.append(t.getText());
            }
            MUST_SAY.forEach(s -> assertTrue(all.toString().contains(s), "says " + s));
            XWPFTable targets = doc.getTables().get(0);
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), cells(targets, 0));
            assertEquals(List.of("履职效能", "产出数量", "区内包扶项目个数", "≥11个"), cells(targets, 1));
            assertEquals(31, targets.getNumberOfRows());
            XWPFTable scores = doc.getTables().get(3);
            assertEquals(List.of("管理效率", "预算管理", "预算执行率", "8", "8", ""), cells(scores, 16));
            assertEquals(List.of("", "", "预算调整率", "6", "0", "预算调整率38.63%，按分档得0分"), cells(scores, 17));
            assertEquals(List.of("", "产出质量", "包扶项目达标率", "100%"), cells(targets, 5));
            assertTrue(doc.getHeaderList().stream().map(XWPFHeader::getText).noneMatch(t -> t.contains("征求意见稿")));
            // printed on A4, long tables repeat their header on every page, 扣分原因 gets the widest column
            assertEquals("11906", doc.getDocument().getBody().getSectPr().getPgSz().getW().toString());
            assertTrue(scores.getRow(0).isRepeatHeader());
            var grid = scores.getCTTbl().getTblGrid().getGridColList();
            long widest = grid.stream().mapToLong(c -> Long.parseLong(c.getW().toString())).max().orElseThrow();
            assertEquals(widest, Long.parseLong(grid.get(5).getW().toString()));
        }
    }

    @Test
    void draftWordReportCarriesTheWatermark() throws Exception {
        byte[] docx = WordReport.render(content(EvaluationStatus.REVIEW));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String headerXml = doc.getHeaderList().stream().map(h -> h._getHdrFtr().xmlText()).reduce("", String::concat);
            assertTrue(headerXml.contains(ReportContent.DRAFT_MARK), "watermark in the header");
        }
    }

    @Test
    void pdfReportEmbedsAChineseFontAndExtractsAsChineseText() throws Exception {
        assumeCjkFont();
        byte[] pdf = PdfReport.render(content(EvaluationStatus.PUBLISHED));
        write("seed-report.pdf", pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String h : ReportContent.HEADINGS) {
                assertTrue(text.contains(h), "heading " + h);
            }
            MUST_SAY.forEach(s -> assertTrue(text.contains(s), "says " + s));
            assertFalse(text.contains(ReportContent.DRAFT_MARK));
            assertTrue(doc.getNumberOfPages() >= 4, "cover and body pages");
            var font = doc.getPage(1).getResources().getFont(doc.getPage(1).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the CJK font is embedded");
        }
    }

    @Test
    void draftPdfCarriesTheWatermarkOnEveryPage() throws Exception {
        assumeCjkFont();
        byte[] pdf = PdfReport.render(content(EvaluationStatus.DRAFT));
        write("seed-report-draft.pdf", pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // the watermark is set at 45°: its glyphs come out on separate lines
                assertTrue(stripper.getText(doc).replaceAll("\\s", "").contains(ReportContent.DRAFT_MARK), "watermark on page " + page);
            }
        }
    }

    @Test
    void outlineFollowsTheSeedReport() throws Exception {
        ReportDocument report = ReportOutline.of(content(EvaluationStatus.PUBLISHED));
        assertEquals(new Block.Cover("2022年新能源汽车园事业服务中心部门整体支出绩效评价报告",
                        List.of("实施单位：新能源汽车园事业服务中心", "委托单位：晋中开发区财政局", "评价机构：山西天正会计师事务所"),
                        content(EvaluationStatus.PUBLISHED).dateLine()), report.blocks().get(0));
        assertEquals(new Block.Heading(1, "摘 要", true), report.blocks().get(1));
        assertEquals(ReportContent.HEADINGS, report.headings().stream().filter(ReportContent.HEADINGS::contains).toList());
        List<String> headings = report.headings();
        assertEquals(List.of("三、存在的问题", "（一）预算资金调整率较大", "（二）预算绩效管理机制不健全", "（三）政府采购预算执行率较低",
                        "四、下一步改进建议", "（一）提高部门预算编制精准度，降低预算调整率", "（二）加强预算绩效管理认识，提高预算绩效管理水平",
                        "（三）提高年度政府采购预算编制科学性"),
                headings.subList(headings.indexOf("三、存在的问题"), headings.indexOf(ReportContent.EVIDENCE_APPENDIX)));
        assertEquals(ReportContent.EVIDENCE_APPENDIX, headings.get(headings.size() - 1), "no comments: the evidence appendix ends it");
        assertEquals(1, report.blocks().stream().filter(b -> b instanceof Block.Heading h && h.centred()).count(), "only 摘 要 is centred");
        assertEquals(List.of("表1 年度绩效目标表", "表2 一级指标得分", "表3 绩效评价评分表"),
                report.blocks().stream().filter(Block.Caption.class::isInstance).map(b -> ((Block.Caption) b).text()).toList());
        List<Block.Table> tables = tables(report);
        assertEquals(List.of(List.of("一级指标", "二级指标", "三级指标", "指标值"), List.of("财务指标", "数值"),
                List.of("一级指标", "分值", "得分"), List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"),
                List.of("一级指标", "二级指标", "三级指标", "佐证材料")),
                tables.stream().map(Block.Table::headers).toList());
        assertEquals(30, tables.get(0).rows().size());
        assertEquals(List.of(false, false, false, true, true, false),
                tables.get(3).columns().stream().map(Block.Column::centred).toList(), "figure columns centred");
        assertEquals(ColumnWidths.SCORES.length, tables.get(3).widths().length);
        assertTrue(report.watermark().isEmpty());
        assertEquals(java.util.Optional.of(ReportContent.DRAFT_MARK), ReportOutline.of(content(EvaluationStatus.DRAFT)).watermark());
        // every text line is a paragraph of its own, as both renderers printed them
        assertTrue(report.blocks().stream().filter(Block.Paragraph.class::isInstance)
                .noneMatch(b -> ((Block.Paragraph) b).text().contains("\n")));
    }

    @Test
    void evidenceAppendixListsEachIndicatorsFilesAndNamesThoseScoredWithoutAny() throws Exception {
        Evaluation e = ReportFixtures.seedEvaluation(EvaluationStatus.PUBLISHED);
        e.citeEvidence(List.of(new IndicatorEvidence(List.of("管理效率", "预算管理", "预算调整率"),
                        List.of(new EvidenceRef(7L, "2022年部门决算报表.pdf"))),
                new IndicatorEvidence(List.of("社会效应", "服务对象满意度", "入驻企业满意度"),
                        List.of(new EvidenceRef(8L, "满意度调查.pdf"), new EvidenceRef("问卷原件.jpg")))));
        ReportContent c = ReportAssembler.of(e, LocalDate.of(2023, 10, 1));
        assertEquals(30, c.evidence().size(), "every indicator has its row");
        assertEquals(List.of("预算调整率", "《2022年部门决算报表.pdf》"), c.evidence().stream()
                .filter(r -> r.third().equals("预算调整率")).map(r -> List.of(r.third(), r.files())).findFirst().orElseThrow());
        assertEquals("《满意度调查.pdf》、《问卷原件.jpg》", c.evidence().stream().filter(r -> r.third().equals("入驻企业满意度"))
                .findFirst().orElseThrow().files());
        assertEquals(28, c.evidence().stream().filter(r -> r.files().equals("无")).count());
        assertTrue(c.evidenceSummary().startsWith("佐证完整度：30项指标中2项附有佐证材料（6.67%），按分值计"), c.evidenceSummary());
        assertTrue(c.evidenceSummary().contains("以下28项指标评分未附佐证材料：区内包扶项目个数、"), c.evidenceSummary());
        assertFalse(c.evidenceSummary().contains("预算调整率、"), "a cited indicator is not named as without evidence");
        ReportDocument report = ReportOutline.of(c);
        assertTrue(report.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.text().startsWith("以下28项指标")));
    }

    @Test
    void outlineOfAReportWithoutFindingsSaysNoneAndLeavesOutEmptyTables() {
        ReportContent bare = new ReportContent("标题", "单位", "财政局", "机构", "二〇二四年一月", false, "摘要", "概况", List.of(),
                "资金", List.of(), "结论", List.of(), List.of(), "经验", List.of(), List.of(), List.of(), "", List.of());
        ReportDocument report = ReportOutline.of(bare);
        assertEquals(ReportContent.HEADINGS, report.headings());
        assertEquals(1, tables(report).size(), "the target table only");
        List<Block> blocks = report.blocks();
        int problems = blocks.indexOf(new Block.Heading(1, "三、存在的问题", false));
        assertEquals(new Block.Paragraph("无。"), blocks.get(problems + 1));
        assertEquals(new Block.Paragraph("无。"), blocks.get(blocks.size() - 1));
    }

    @Test
    void bothRenderersPrintTheOutlinesHeadingsInTheSameOrder() throws Exception {
        ReportContent content = content(EvaluationStatus.PUBLISHED);
        List<String> outline = ReportOutline.of(content).headings();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(WordReport.render(content)))) {
            List<String> word = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText).toList();
            assertEquals(outline, word);
        }
        assumeCjkFont();
        try (var doc = Loader.loadPDF(PdfReport.render(content))) {
            String text = new PDFTextStripper().getText(doc);
            int from = 0;
            for (String heading : outline) {
                int at = text.indexOf(heading, from);
                assertTrue(at >= 0, "PDF prints " + heading + " after the headings before it");
                from = at + heading.length();
            }
        }
    }

    @Test
    void cjkFontNamesTheFileForPdfAndTheFamilyForAwt() {
        String wqy = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
        Assumptions.assumeTrue(Files.isReadable(Path.of(wqy)), "needs fonts-wqy-zenhei");
        Optional<String> named = Optional.of(wqy + ",0");
        assertEquals(new CjkFont(wqy + ",0", "WenQuanYi Zen Hei"), CjkFont.require(named));
        assertEquals(Path.of(wqy), CjkFont.require(named).file());
        Optional<String> missing = Optional.of("/nowhere/missing.ttc,0");
        assertTrue(CjkFont.find(missing).isEmpty());
        assertThrows(ReportUnavailableException.class, () -> CjkFont.require(missing));
    }

    private static List<Block.Table> tables(ReportDocument report) {
        return report.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    static void write(String name, byte[] bytes) throws Exception {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
