package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.CommentAnswer;
import org.perfeval.evaluation.CommentResponse;
import org.perfeval.evaluation.CommentSource;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationStatus;

/** The comment matrix printed as the report's appendix 附件：意见采纳情况表, in the outline, in Word and in PDF. */
class CommentAppendixTest {

    private static final String MARKUP = "2、<b>采购</b> & \"执行率\"";
    private static final List<String> HEADERS = List.of("序号", "意见来源", "意见内容", "采纳情况", "说明");

    /** The seed report with the department's two comments answered and the bureau's one still open. */
    private static ReportContent commented() throws Exception {
        Evaluation e = ReportFixtures.seedEvaluation(EvaluationStatus.DRAFT);
        e.recordComments(CommentSource.EXCHANGE_OF_VIEWS, "department", Instant.parse("2023-09-11T02:00:00Z"),
                "1、预算调整系上级统筹收回资金所致\n" + MARKUP);
        e.answerComments(List.of(new CommentAnswer(1, CommentResponse.PARTLY, "调整原因已补充", "已在“存在的问题”中补充说明"),
                new CommentAnswer(2, CommentResponse.NOT_ADOPTED, "执行率按预算口径计算", null)));
        e.recordComments(CommentSource.BUREAU_REVIEW, "bureau", Instant.parse("2023-09-12T02:00:00Z"), "请复核政府采购执行率得分");
        return ReportAssembler.of(e, LocalDate.of(2023, 9, 15));
    }

    private static final List<List<String>> ROWS = List.of(
            List.of("1", "被评价单位意见", "1、预算调整系上级统筹收回资金所致", "部分采纳",
                    "调整原因已补充\n修改情况：已在“存在的问题”中补充说明"),
            List.of("2", "被评价单位意见", MARKUP, "未采纳", "执行率按预算口径计算"),
            List.of("3", "财政局审核意见", "请复核政府采购执行率得分", "待答复", ""));

    @Test
    void theAppendixFollowsTheRecommendationsOnAPageOfItsOwn() throws Exception {
        ReportDocument report = ReportOutline.of(commented());
        List<Block> blocks = report.blocks();
        assertEquals(ReportContent.COMMENTS_APPENDIX, report.headings().get(report.headings().size() - 1));
        int heading = blocks.indexOf(new Block.Heading(1, ReportContent.COMMENTS_APPENDIX, false));
        assertEquals(new Block.PageBreak(), blocks.get(heading - 1));
        assertTrue(heading > blocks.indexOf(new Block.Heading(1, "四、下一步改进建议", false)));
        Block.Table table = (Block.Table) blocks.get(heading + 1);
        assertEquals(HEADERS, table.headers());
        assertEquals(ROWS, table.rows());
        assertEquals(List.of(true, false, false, true, false), table.columns().stream().map(Block.Column::centred).toList());
        assertEquals(heading + 2, blocks.size(), "the appendix ends the report");
    }

    @Test
    void aReportWithoutCommentsHasNoAppendix() throws Exception {
        ReportDocument report = ReportOutline.of(ReportAssembler.of(ReportFixtures.seedEvaluation(EvaluationStatus.PUBLISHED),
                LocalDate.of(2023, 9, 15)));
        assertFalse(report.headings().contains(ReportContent.COMMENTS_APPENDIX));
        assertEquals(1, report.blocks().stream().filter(Block.PageBreak.class::isInstance).count(),
                "only the evidence appendix's page");
    }

    @Test
    void wordPrintsTheAppendixTableWithTheTextsAsGiven() throws Exception {
        byte[] docx = WordReport.render(commented());
        ReportTest.write("commented-report.docx", docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph heading = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals(ReportContent.COMMENTS_APPENDIX)).findFirst().orElseThrow();
            assertEquals("Heading1", heading.getStyle());
            XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
            assertEquals(4, appendix.getNumberOfRows());
            assertEquals(HEADERS, cells(appendix, 0));
            for (int i = 0; i < ROWS.size(); i++) {
                assertEquals(ROWS.get(i), cells(appendix, i + 1));
            }
            assertTrue(appendix.getRow(0).isRepeatHeader());
        }
    }

    @Test
    void pdfPrintsTheAppendixAfterTheBody() throws Exception {
        ReportTest.assumeCjkFont();
        byte[] pdf = PdfReport.render(commented());
        ReportTest.write("commented-report.pdf", pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages());
            stripper.setEndPage(doc.getNumberOfPages());
            // cells wrap their text at the column's width
            String last = stripper.getText(doc).replaceAll("\\s", "");
            assertTrue(last.contains(ReportContent.COMMENTS_APPENDIX), last);
            assertFalse(last.contains("四、下一步改进建议"), "the appendix starts a page of its own");
            for (List<String> row : ROWS) {
                for (String cell : row) {
                    String text = cell.replaceAll("\\s", "");
                    assertTrue(last.contains(text), () -> text + " in " + last);
                }
            }
        }
    }

    /** The cells' texts; a line break inside a cell reads as \n. */
    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText().strip()).toList();
    }
}
