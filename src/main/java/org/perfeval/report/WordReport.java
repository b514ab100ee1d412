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
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The report as a Word document (Apache POI): real headings, tables, East Asian fonts, draft watermark. */
public final class WordReport {

    private static final String SONG = "宋体";
    private static final String HEI = "黑体";
    /** Twips (1/1440 inch): A4 is 11906 wide; 2.8 cm margins leave the text width. */
    private static final int A4_WIDTH = 11906;
    private static final int SIDE_MARGIN = 1587;
    private static final int TEXT_WIDTH = A4_WIDTH - 2 * SIDE_MARGIN;

    private WordReport() {
    }

    public static byte[] render(ReportContent c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(doc);
            a4(doc);
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
            table(doc, ColumnWidths.TARGETS, List.of("一级指标", "二级指标", "三级指标", "指标值"),
                    c.targets().stream().map(t -> List.of(t.first(), t.second(), t.third(), t.target())).toList());
            heading(doc, 2, "（三）资金收支、结余情况");
            text(doc, c.fundsText());
            if (!c.ratios().isEmpty()) {
                table(doc, ColumnWidths.RATIOS, List.of("财务指标", "数值"), c.ratios().stream().map(r -> List.of(r.label(), r.value())).toList());
            }
            heading(doc, 2, "（四）评分结论");
            text(doc, c.conclusion());
            if (!c.firstLevel().isEmpty()) {
                caption(doc, "表2 一级指标得分");
                table(doc, ColumnWidths.FIRST_LEVEL, List.of("一级指标", "分值", "得分"),
                        c.firstLevel().stream().map(r -> List.of(r.label(), r.value(), r.extra())).toList());
                caption(doc, "表3 绩效评价评分表");
                table(doc, ColumnWidths.SCORES, List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"),
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

    /** Fixed column widths (LibreOffice and Word agree on those), the header repeated on each page, figures centred. */
    private static void table(XWPFDocument doc, float[] widths, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        CTTbl tbl = table.getCTTbl();
        tbl.getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(TEXT_WIDTH);
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] twips = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            twips[i] = Math.round(TEXT_WIDTH * widths[i] / sum);
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[i]));
        }
        table.getRow(0).setRepeatHeader(true);
        fill(table.getRow(0), header, twips, header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), twips, header, false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, int[] twips, List<String> header, boolean bold) {
        row.setCantSplitRow(true);
        for (int i = 0; i < values.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(String.valueOf(twips[i]));
            if (bold) {
                cell.setColor("EBEEF2");
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (bold || ColumnWidths.isFigure(header.get(i))) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            run(p, values.get(i), bold ? HEI : SONG, 10.5, bold);
        }
    }

    /** A4, 2.54 cm top and bottom, 2.8 cm left and right. */
    private static void a4(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(SIDE_MARGIN));
        margins.setRight(BigInteger.valueOf(SIDE_MARGIN));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
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
