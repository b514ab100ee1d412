package org.perfeval.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.perfeval.platform.Settings;

/**
 * The report as PDF (OpenPDF) with an embedded CJK font, so that Chinese renders on any reader;
 * drafts carry a 征求意见稿 watermark on every page.
 */
public final class PdfReport {

    /** Fonts tried in order (file,index of the face in a collection); PERFEVAL_CJK_FONT overrides. */
    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");

    private PdfReport() {
    }

    public static byte[] render(ReportContent c) {
        BaseFont base = cjkFont();
        Font title = new Font(base, 22, Font.BOLD);
        Font h1 = new Font(base, 16, Font.BOLD);
        Font h2 = new Font(base, 14, Font.BOLD);
        Font body = new Font(base, 12);
        Font cell = new Font(base, 9.5f);
        Font cellBold = new Font(base, 9.5f, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            if (c.draft()) {
                writer.setPageEvent(new Watermark(base));
            }
            doc.addTitle(c.title());
            doc.open();
            for (int i = 0; i < 8; i++) {
                doc.add(new Paragraph(" ", body));
            }
            Paragraph t = new Paragraph(c.title(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setLeading(34);
            doc.add(t);
            for (int i = 0; i < 8; i++) {
                doc.add(new Paragraph(" ", body));
            }
            for (String line : List.of("实施单位：" + c.subject(), "委托单位：" + c.bureau(), "评价机构：" + c.agency())) {
                Paragraph p = new Paragraph(line, new Font(base, 14));
                p.setIndentationLeft(60);
                p.setSpacingAfter(8);
                doc.add(p);
            }
            for (int i = 0; i < 5; i++) {
                doc.add(new Paragraph(" ", body));
            }
            Paragraph date = new Paragraph(c.dateLine(), new Font(base, 14));
            date.setAlignment(Element.ALIGN_CENTER);
            doc.add(date);
            doc.newPage();

            heading(doc, "摘 要", h1, true);
            text(doc, c.abstractText(), body);
            heading(doc, "一、概述要素", h1, false);
            heading(doc, "（一）部门概况", h2, false);
            text(doc, c.overview(), body);
            heading(doc, "（二）年度绩效目标", h2, false);
            caption(doc, "表1 年度绩效目标表", cellBold);
            table(doc, ColumnWidths.TARGETS, List.of("一级指标", "二级指标", "三级指标", "指标值"),
                    c.targets().stream().map(r -> List.of(r.first(), r.second(), r.third(), r.target())).toList(), cell, cellBold);
            heading(doc, "（三）资金收支、结余情况", h2, false);
            text(doc, c.fundsText(), body);
            if (!c.ratios().isEmpty()) {
                table(doc, ColumnWidths.RATIOS, List.of("财务指标", "数值"),
                        c.ratios().stream().map(r -> List.of(r.label(), r.value())).toList(), cell, cellBold);
            }
            heading(doc, "（四）评分结论", h2, false);
            text(doc, c.conclusion(), body);
            if (!c.firstLevel().isEmpty()) {
                caption(doc, "表2 一级指标得分", cellBold);
                table(doc, ColumnWidths.FIRST_LEVEL, List.of("一级指标", "分值", "得分"),
                        c.firstLevel().stream().map(r -> List.of(r.label(), r.value(), r.extra())).toList(), cell, cellBold);
                caption(doc, "表3 绩效评价评分表", cellBold);
                table(doc, ColumnWidths.SCORES, List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"),
                        c.scores().stream().map(s -> List.of(s.first(), s.second(), s.third(), s.weight(), s.score(), s.reason())).toList(),
                        cell, cellBold);
            }
            heading(doc, "二、主要经验和做法", h1, false);
            text(doc, c.experience(), body);
            heading(doc, "三、存在的问题", h1, false);
            numbered(doc, c.findings(), h2, body);
            heading(doc, "四、下一步改进建议", h1, false);
            numbered(doc, c.recommendations(), h2, body);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
        return out.toByteArray();
    }

    static BaseFont cjkFont() {
        List<String> candidates = Settings.get("PERFEVAL_CJK_FONT").map(List::of).orElse(FONTS);
        for (String candidate : candidates) {
            String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (Files.isReadable(Path.of(file))) {
                try {
                    return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (DocumentException | IOException e) {
                    throw new ReportUnavailableException("中文字体无法加载: " + candidate + " (" + e.getMessage() + ")");
                }
            }
        }
        throw new ReportUnavailableException("服务器未安装中文字体，无法生成PDF（请安装 fonts-wqy-zenhei 或设置 PERFEVAL_CJK_FONT）");
    }

    private static void heading(Document doc, String text, Font font, boolean center) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        if (center) {
            p.setAlignment(Element.ALIGN_CENTER);
        }
        doc.add(p);
    }

    private static void text(Document doc, String text, Font font) throws DocumentException {
        for (String line : text.split("\n")) {
            Paragraph p = new Paragraph(line, font);
            p.setFirstLineIndent(24);
            p.setLeading(22);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            doc.add(p);
        }
    }

    private static void caption(Document doc, String text, Font font) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(6);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static void numbered(Document doc, List<ReportContent.Item> items, Font heading, Font body) throws DocumentException {
        if (items.isEmpty()) {
            text(doc, "无。", body);
            return;
        }
        String[] numbers = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (int i = 0; i < items.size(); i++) {
            String n = i < numbers.length ? numbers[i] : String.valueOf(i + 1);
            heading(doc, "（" + n + "）" + items.get(i).title(), heading, false);
            if (!items.get(i).text().isBlank()) {
                text(doc, items.get(i).text(), body);
            }
        }
    }

    private static void table(Document doc, float[] widths, List<String> header, List<List<String>> rows, Font font,
                              Font bold) throws DocumentException {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        table.setSpacingAfter(8);
        for (String h : header) {
            PdfPCell c = new PdfPCell(new Phrase(h, bold));
            c.setBackgroundColor(new Color(235, 238, 242));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setPadding(4);
            table.addCell(c);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell c = new PdfPCell(new Phrase(new Chunk(row.get(i), font)));
                c.setPadding(4);
                if (ColumnWidths.isFigure(header.get(i))) {
                    c.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                table.addCell(c);
            }
        }
        doc.add(table);
    }

    /** 征求意见稿 across every page of a report not yet approved. */
    private static final class Watermark extends PdfPageEventHelper {
        private final BaseFont font;

        Watermark(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte under = writer.getDirectContentUnder();
            under.saveState();
            PdfGState state = new PdfGState();
            state.setFillOpacity(0.18f);
            under.setGState(state);
            under.beginText();
            under.setColorFill(Color.GRAY);
            under.setFontAndSize(font, 64);
            under.showTextAligned(Element.ALIGN_CENTER, ReportContent.DRAFT_MARK, PageSize.A4.getWidth() / 2,
                    PageSize.A4.getHeight() / 2, 45);
            under.endText();
            under.restoreState();
        }
    }
}
