package org.perfeval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The report as a Word document (Apache POI): real headings, tables, East Asian fonts, draft watermark. */
public final class WordReport {

    private static final String SONG = "宋体";
    private static final String HEI = "黑体";

    private WordReport() {
    }

    public static byte[] render(ReportContent c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(doc);
            if (c.draft()) {
                doc.createHeaderFooterPolicy();
                doc.getHeaderFooterPolicy().createWatermark(ReportContent.DRAFT_MARK);
            }
            cover(doc, c);
            heading(doc, 1, "摘 要");
            text(doc, c.abstractText());
            heading(doc, 1, "一、概述要素");
            heading(doc, 2, "（一）部门概况");
            text(doc, c.overview());
            heading(doc, 2, "（二）年度绩效目标");
            caption(doc, "表1 年度绩效目标表");
            table(doc, List.of("一级指标", "二级指标", "三级指标", "指标值"),
                    c.targets().stream().map(t -> List.of(t.first(), t.second(), t.third(), t.target())).toList());
            heading(doc, 2, "（三）资金收支、结余情况");
            text(doc, c.fundsText());
            if (!c.ratios().isEmpty()) {
                table(doc, List.of("财务指标", "数值"), c.ratios().stream().map(r -> List.of(r.label(), r.value())).toList());
            }
            heading(doc, 2, "（四）评分结论");
            text(doc, c.conclusion());
            if (!c.firstLevel().isEmpty()) {
                caption(doc, "表2 一级指标得分");
                table(doc, List.of("一级指标", "分值", "得分"),
                        c.firstLevel().stream().map(r -> List.of(r.label(), r.value(), r.extra())).toList());
                caption(doc, "表3 绩效评价评分表");
                table(doc, List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"),
                        c.scores().stream().map(s -> List.of(s.first(), s.second(), s.third(), s.weight(), s.score(), s.reason())).toList());
            }
            heading(doc, 1, "二、主要经验和做法");
            text(doc, c.experience());
            heading(doc, 1, "三、存在的问题");
            numbered(doc, c.findings());
            heading(doc, 1, "四、下一步改进建议");
            numbered(doc, c.recommendations());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(XWPFDocument doc, ReportContent c) {
        for (int i = 0; i < 6; i++) {
            doc.createParagraph();
        }
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, c.title(), HEI, 22, true);
        for (int i = 0; i < 6; i++) {
            doc.createParagraph();
        }
        for (String line : List.of("实施单位：" + c.subject(), "委托单位：" + c.bureau(), "评价机构：" + c.agency())) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(1400);
            run(p, line, SONG, 14, false);
        }
        for (int i = 0; i < 4; i++) {
            doc.createParagraph();
        }
        XWPFParagraph date = doc.createParagraph();
        date.setAlignment(ParagraphAlignment.CENTER);
        run(date, c.dateLine(), SONG, 14, false);
        date.createRun().addBreak(BreakType.PAGE);
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        if (level == 1 && text.equals("摘 要")) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        run(p, text, HEI, level == 1 ? 16 : 14, true);
    }

    private static void text(XWPFDocument doc, String text) {
        for (String line : text.split("\n")) {
            XWPFParagraph p = doc.createParagraph();
            p.setFirstLineIndent(560);
            p.setSpacingBetween(1.5);
            run(p, line, SONG, 12, false);
        }
    }

    private static void caption(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, HEI, 11, true);
    }

    private static void numbered(XWPFDocument doc, List<ReportContent.Item> items) {
        if (items.isEmpty()) {
            text(doc, "无。");
            return;
        }
        String[] numbers = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (int i = 0; i < items.size(); i++) {
            String n = i < numbers.length ? numbers[i] : String.valueOf(i + 1);
            heading(doc, 2, "（" + n + "）" + items.get(i).title());
            if (!items.get(i).text().isBlank()) {
                text(doc, items.get(i).text());
            }
        }
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int i = 0; i < values.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            run(p, values.get(i), bold ? HEI : SONG, 10.5, bold);
        }
    }

    private static void run(XWPFParagraph p, String text, String eastAsianFont, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    }

    /** A new POI document has no styles: Heading1/Heading2 with outline levels make real, navigable headings. */
    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

}
