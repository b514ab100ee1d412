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

/**
 * The report as PDF (OpenPDF) with its CJK faces embedded, so that Chinese renders on any reader: body text and
 * table cells in the Song face, titles, headings, captions and table headers in the Hei face
 * ({@link ReportTypefaces}). Body text is justified, and lines break by {@link ChineseLineBreaks}; drafts carry
 * their watermark on every page. What is printed comes from {@link ReportOutline}.
 */
public final class PdfReport {

    private PdfReport() {
    }

    /** With the CJK faces installed (tests and tools). */
    public static byte[] render(ReportContent content) {
        return render(content, ReportTypefaces.installed());
    }

    public static byte[] render(ReportContent content, ReportTypefaces faces) {
        return render(ReportOutline.of(content), faces);
    }

    /** Any report built of blocks (the evaluation report, the self-evaluation review report). */
    public static byte[] render(ReportDocument report, ReportTypefaces faces) {
        BaseFont body = embedded(faces.body());
        BaseFont heading = embedded(faces.heading());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            report.watermark().ifPresent(mark -> writer.setPageEvent(new Watermark(heading, mark)));
            doc.addTitle(report.title());
            doc.open();
            report.layOut(new PdfLayout(doc, body, heading));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** The CJK font, loaded for embedding. */
    static BaseFont embedded(CjkFont font) {
        try {
            return BaseFont.createFont(font.spec(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new ReportUnavailableException("中文字体无法加载: " + font.spec() + " (" + e.getMessage() + ")");
        }
    }

    /** A4 with 2.54 cm margins; sizes in points. */
    private static final class PdfLayout implements Block.Layout {
        private final Document doc;
        private final Font title;
        private final Font coverLine;
        private final Font h1;
        private final Font h2;
        private final Font body;
        private final Font cell;
        private final Font cellHeading;

        PdfLayout(Document doc, BaseFont song, BaseFont hei) {
            this.doc = doc;
            title = new Font(hei, 22, Font.BOLD);
            coverLine = new Font(song, 14);
            h1 = new Font(hei, 16, Font.BOLD);
            h2 = new Font(hei, 14, Font.BOLD);
            body = new Font(song, 12);
            cell = new Font(song, 9.5f);
            cellHeading = new Font(hei, 9.5f, Font.BOLD);
        }

        /** The phrase's text breaks its lines by the Chinese rules (OpenPDF's own would start a line with ，or 。). */
        private static <T extends Phrase> T breaking(T phrase) {
            for (Element element : phrase) {
                if (element instanceof Chunk chunk) {
                    chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
                }
            }
            return phrase;
        }

        @Override
        public void cover(Block.Cover cover) {
            blankLines(8);
            Paragraph t = breaking(new Paragraph(cover.title(), title));
            t.setAlignment(Element.ALIGN_CENTER);
            t.setLeading(34);
            doc.add(t);
            blankLines(8);
            for (String line : cover.lines()) {
                Paragraph p = breaking(new Paragraph(line, coverLine));
                p.setIndentationLeft(60);
                p.setSpacingAfter(8);
                doc.add(p);
            }
            blankLines(5);
            Paragraph date = breaking(new Paragraph(cover.date(), coverLine));
            date.setAlignment(Element.ALIGN_CENTER);
            doc.add(date);
            doc.newPage();
        }

        private void blankLines(int count) {
            for (int i = 0; i < count; i++) {
                doc.add(new Paragraph(" ", body));
            }
        }

        @Override
        public void heading(Block.Heading heading) {
            Paragraph p = breaking(new Paragraph(heading.text(), heading.level() == 1 ? h1 : h2));
            p.setSpacingBefore(12);
            p.setSpacingAfter(6);
            if (heading.centred()) {
                p.setAlignment(Element.ALIGN_CENTER);
            }
            doc.add(p);
        }

        @Override
        public void paragraph(Block.Paragraph paragraph) {
            Paragraph p = breaking(new Paragraph(paragraph.text(), body));
            p.setFirstLineIndent(24);
            p.setLeading(22);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            doc.add(p);
        }

        @Override
        public void caption(Block.Caption caption) {
            Paragraph p = breaking(new Paragraph(caption.text(), cellHeading));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(6);
            p.setSpacingAfter(4);
            doc.add(p);
        }

        /** Full text width, the header repeated on each page, figure columns centred. */
        @Override
        public void table(Block.Table table) {
            PdfPTable t = new PdfPTable(table.widths());
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            t.setSpacingBefore(6);
            t.setSpacingAfter(8);
            for (String header : table.headers()) {
                PdfPCell c = new PdfPCell(breaking(new Phrase(header, cellHeading)));
                c.setBackgroundColor(new Color(235, 238, 242));
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                c.setPadding(4);
                t.addCell(c);
            }
            for (var row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    PdfPCell c = new PdfPCell(breaking(new Phrase(new Chunk(row.get(i), cell))));
                    c.setPadding(4);
                    if (table.columns().get(i).centred()) {
                        c.setHorizontalAlignment(Element.ALIGN_CENTER);
                    }
                    t.addCell(c);
                }
            }
            doc.add(t);
        }

        @Override
        public void pageBreak(Block.PageBreak pageBreak) {
            doc.newPage();
        }
    }

    /** The watermark across every page of a report not yet approved, at 45°. */
    private static final class Watermark extends PdfPageEventHelper {
        private final BaseFont font;
        private final String mark;

        Watermark(BaseFont font, String mark) {
            this.font = font;
            this.mark = mark;
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
            under.showTextAligned(Element.ALIGN_CENTER, mark, PageSize.A4.getWidth() / 2, PageSize.A4.getHeight() / 2, 45);
            under.endText();
            under.restoreState();
        }
    }
}
