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
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The report as a Word document (Apache POI): real headings, tables, East Asian fonts, justified body text with
 * Word's East Asian line breaking, the draft watermark. What is printed comes from {@link ReportOutline}.
 */
public final class WordReport {

    /**
     * The East Asian typefaces of Chinese official documents, named for the reader's machine (Word on the
     * reader's side draws the document, so the server's {@link CjkFont} does not apply): 宋体 for text, 黑体 for
     * titles, headings and table headers, as {@link ReportTypefaces} configures them.
     */
    private static final String SONG = ReportTypefaces.WORD_BODY;
    private static final String HEI = ReportTypefaces.WORD_HEADING;
    /** Twips (1/1440 inch): A4 is 11906 wide; 2.8 cm margins leave the text width. */
    private static final int A4_WIDTH = 11906;
    private static final int SIDE_MARGIN = 1587;
    private static final int TEXT_WIDTH = A4_WIDTH - 2 * SIDE_MARGIN;

    private WordReport() {
    }

    public static byte[] render(ReportContent content) {
        return render(ReportOutline.of(content));
    }

    /** Any report built of blocks (the evaluation report, the self-evaluation review report). */
    public static byte[] render(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(doc);
            a4(doc);
            report.watermark().ifPresent(mark -> {
                doc.createHeaderFooterPolicy();
                doc.getHeaderFooterPolicy().createWatermark(mark);
            });
            report.layOut(new WordLayout(doc));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record WordLayout(XWPFDocument doc) implements Block.Layout {

        @Override
        public void cover(Block.Cover cover) {
            blankLines(6);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, cover.title(), HEI, 22, true);
            blankLines(6);
            for (String line : cover.lines()) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(1400);
                run(p, line, SONG, 14, false);
            }
            blankLines(4);
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.CENTER);
            run(date, cover.date(), SONG, 14, false);
            date.createRun().addBreak(BreakType.PAGE);
        }

        private void blankLines(int count) {
            for (int i = 0; i < count; i++) {
                doc.createParagraph();
            }
        }

        @Override
        public void heading(Block.Heading heading) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading" + heading.level());
            if (heading.centred()) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            run(p, heading.text(), HEI, heading.level() == 1 ? 16 : 14, true);
        }

        @Override
        public void paragraph(Block.Paragraph paragraph) {
            XWPFParagraph p = doc.createParagraph();
            p.setFirstLineIndent(560);
            p.setSpacingBetween(1.5);
            p.setAlignment(ParagraphAlignment.BOTH);
            run(p, paragraph.text(), SONG, 12, false);
        }

        @Override
        public void caption(Block.Caption caption) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, caption.text(), HEI, 11, true);
        }

        @Override
        public void table(Block.Table table) {
            WordReport.table(doc, table);
        }

        @Override
        public void pageBreak(Block.PageBreak pageBreak) {
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
    }

    /** Fixed column widths (LibreOffice and Word agree on those), the header repeated on each page, figures centred. */
    private static void table(XWPFDocument doc, Block.Table model) {
        List<Block.Column> columns = model.columns();
        XWPFTable table = doc.createTable(model.rows().size() + 1, columns.size());
        CTTbl tbl = table.getCTTbl();
        tbl.getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(TEXT_WIDTH);
        float sum = 0;
        for (Block.Column column : columns) {
            sum += column.width();
        }
        CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] twips = new int[columns.size()];
        for (int i = 0; i < twips.length; i++) {
            twips[i] = Math.round(TEXT_WIDTH * columns.get(i).width() / sum);
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[i]));
        }
        table.getRow(0).setRepeatHeader(true);
        fill(table.getRow(0), model.headers(), twips, columns, true);
        for (int i = 0; i < model.rows().size(); i++) {
            fill(table.getRow(i + 1), model.rows().get(i), twips, columns, false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, int[] twips, List<Block.Column> columns, boolean header) {
        row.setCantSplitRow(true);
        for (int i = 0; i < values.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(String.valueOf(twips[i]));
            if (header) {
                cell.setColor("EBEEF2");
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (header || columns.get(i).centred()) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            run(p, values.get(i), header ? HEI : SONG, 10.5, header);
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

    /**
     * One run; the lines of a text of several lines (a cell) are kept apart by line breaks. Every paragraph with
     * text gets one, and with it Word's East Asian line breaking.
     */
    private static void run(XWPFParagraph p, String text, String eastAsianFont, double size, boolean bold) {
        eastAsianLineBreaking(p);
        XWPFRun r = p.createRun();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(ReportTypefaces.WORD_LATIN, XWPFRun.FontCharRange.ascii);
    }

    /**
     * Word's 禁则 (kinsoku: no line starts with ，。 or ends with （《) and its hanging punctuation (overflowPunct: a
     * closing mark may stand in the margin rather than push a character to the next line), set on each paragraph
     * so that the file says so instead of leaving it to the reader's defaults.
     */
    private static void eastAsianLineBreaking(XWPFParagraph p) {
        CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        (properties.isSetKinsoku() ? properties.getKinsoku() : properties.addNewKinsoku()).setVal(STOnOff1.ON);
        (properties.isSetOverflowPunct() ? properties.getOverflowPunct() : properties.addNewOverflowPunct())
                .setVal(STOnOff1.ON);
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
