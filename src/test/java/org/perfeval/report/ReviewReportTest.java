package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.perfeval.selfevaluation.BatchSummary;
import org.perfeval.selfevaluation.Flag;
import org.perfeval.selfevaluation.FlagCode;
import org.perfeval.selfevaluation.ReviewFixtures;
import org.perfeval.selfevaluation.ReviewStatistics;

/**
 * The self-evaluation review report in Word (read with POI) and PDF (read with PDFBox): its sections, the
 * sampling with its seed and share, the flags by Chinese name and count, a department's figures, the
 * largest deviation's project and the budget advice.
 */
class ReviewReportTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 1);
    private static final BigDecimal CUT = new BigDecimal("10");

    /** What both renderings must say, whitespace aside (PDF lines wrap anywhere in Chinese). */
    private static final List<String> MUST_SAY = List.of("2023年度项目支出绩效自评复核报告", "复核批次：2023年度市级项目自评复核",
            "二〇二四年六月", "共收到2023年度项目支出绩效自评表7份，其中1份无法读取", "涉及3个主管部门",
            "按15%的比例随机抽取1份，随机种子为20240601", "最终确定现场复核5份", "已完成现场复核1份",
            "实际完成值达到年度指标值130%以上而未说明原因", "高出预算执行率20个百分点以上", "指标自评得分偏高", "指标得分与预算执行率不匹配", "平均偏差率4.95%",
            "另有1个部门（甲局）", "部门自评均为满分", "如“乙项目”：得分填报为50分", "偏差率在10%以上的自评表1份",
            "4份复核等级为优，下一年度预算优先保障", "1份复核等级为中，下一年度预算压减10%",
            "存在错误的1份自评表，预算安排时从严审核");

    private static BatchSummary batch() {
        return ReviewFixtures.batch(ReviewFixtures.sampling(),
                Map.of("甲局", new Flag(FlagCode.ALL_FULL_MARKS, "", "甲局的3份自评表均自评100分")));
    }

    private static ReviewStatistics statistics() {
        ReviewStatistics stats = new ReviewStatistics();
        ReviewFixtures.sixForms().forEach(stats::add);
        return stats;
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** The table whose header starts with the given text. */
    private static XWPFTable table(XWPFDocument doc, String firstHeader) {
        return doc.getTables().stream().filter(t -> cells(t, 0).get(0).equals(firstHeader)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + firstHeader));
    }

    @Test
    void theWordReportHasTheSectionsAndTheFigures() throws Exception {
        byte[] docx = ReviewReport.word(batch(), statistics(), DATE, CUT);
        ReportTest.write("review-report.docx", docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                all.append(p.getText()).append('\n');
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    headings.add(p.getText());
                }
            }
            assertEquals(ReviewReport.HEADINGS, headings.stream().filter(ReviewReport.HEADINGS::contains).toList());
            assertTrue(headings.contains("（一）指标自评得分偏高"), headings.toString());
            assertTrue(headings.contains("（一）严格按评分规则自评打分"), "the main flag's recommendation: " + headings);
            doc.getTables().forEach(t -> all.append(t.getText()));
            String text = all.toString().replaceAll("\\s", "");
            MUST_SAY.forEach(s -> assertTrue(text.contains(s), "says " + s));

            XWPFTable sampling = table(doc, "抽样方式");
            assertEquals(List.of("随机抽取", "1", "其余自评表按15%抽取，随机种子20240601"), cells(sampling, 3));
            XWPFTable flags = table(doc, "问题类型");
            assertEquals(List.of("指标自评得分偏高", "错误", "1", "1"), cells(flags, 1));
            assertEquals(List.of("指标得分与预算执行率不匹配", "提示", "1", "1"), cells(flags, 2));
            XWPFTable bands = table(doc, "偏差率区间");
            assertEquals(List.of("≥20%", "1", "16.67"), cells(bands, 5));
            assertEquals(List.of("无自评总分", "1", "16.67"), cells(bands, 6));
            XWPFTable departments = table(doc, "部门");
            assertEquals(List.of("甲局", "2", "1", "1", "100.00", "87.50", "15.00", "100.00", "1", "85.00"), cells(departments, 1));
            assertEquals("丙局", cells(departments, 3).get(0), "ranked by average deviation");
            XWPFTable largest = table(doc, "序号");
            assertEquals(List.of("1", "乙项目", "甲局", "100.00", "75.00", "70.00（现场）", "30.00"), cells(largest, 1));
            XWPFTable advice = table(doc, "复核等级");
            assertEquals(List.of("中", "下一年度预算压减10%", "1", "100.00"), cells(advice, 3));
        }
    }

    @Test
    void thePdfReportSaysTheSameInChineseText() throws Exception {
        ReportTest.assumeCjkFont();
        byte[] pdf = ReviewReport.pdf(batch(), statistics(), DATE, CUT, ReportTypefaces.installed());
        ReportTest.write("review-report.pdf", pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            ReviewReport.HEADINGS.forEach(h -> assertTrue(text.contains(h), "heading " + h));
            MUST_SAY.forEach(s -> assertTrue(text.contains(s), "says " + s));
            assertTrue(text.contains("乙项目甲局100.0075.0070.00（现场）30.00"), "the largest deviation's row");
            assertTrue(text.contains("甲局211100.0087.5015.00100.00185.00"), "甲局's figures");
        }
    }

    @Test
    void theOutlineNumbersItsTablesAndSaysNoneWhenThereIsNothingToSay() {
        ReportDocument report = ReviewReport.outline(batch(), statistics(), DATE, CUT);
        assertEquals("2023年度项目支出绩效自评复核报告（2023年度市级项目自评复核）", report.title());
        assertEquals(List.of("表1 现场复核抽样情况", "表2 问题标记统计", "表3 偏差率分布", "表4 分部门复核情况", "表5 偏差较大的自评表",
                "表6 预算安排建议"), report.blocks().stream().filter(Block.Caption.class::isInstance)
                .map(b -> ((Block.Caption) b).text()).toList());

        ReviewStatistics clean = new ReviewStatistics();
        clean.add(ReviewFixtures.desk(1, ReviewFixtures.clean("甲项目", "甲局")));
        ReportDocument quiet = ReviewReport.outline(ReviewFixtures.batch(null, Map.of()), clean, DATE, CUT);
        List<String> paragraphs = quiet.blocks().stream().filter(Block.Paragraph.class::isInstance)
                .map(b -> ((Block.Paragraph) b).text()).toList();
        assertTrue(paragraphs.contains("本批次尚未抽取现场复核样本。"));
        assertTrue(paragraphs.contains("书面复核未发现问题。"));
        int problems = quiet.blocks().indexOf(new Block.Heading(1, "四、主要问题", false));
        assertEquals(new Block.Paragraph("无。"), quiet.blocks().get(problems + 1));
        assertEquals(List.of("一、复核范围", "二、复核方法", "（一）书面复核", "（二）现场复核", "三、复核结果", "（一）总体情况",
                "（二）问题标记情况", "（三）偏差率分布", "（四）分部门情况", "（五）偏差较大的自评表", "四、主要问题", "五、意见建议",
                "（一）复核结果与预算安排挂钩"), quiet.headings());
    }
}
