package org.perfeval.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one way the exports write text into a workbook. Indicator names, targets, actual values and
 * reasons are typed by users; text that starts the way a formula does ({@code = + - @}, or a tab or
 * carriage return, OWASP's formula-injection list) is written as a string cell whose style is
 * quote-prefixed, so that Excel shows it as text and keeps it text when someone edits the cell,
 * where a plain string cell would turn into a live formula ({@code =HYPERLINK(...)}, {@code =cmd|...}).
 * The text itself is kept exactly as given (no apostrophe added), so the tables read back unchanged.
 */
final class TextCells {

    /** The first characters that make Excel take an entry for a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    static final int MAX_CELL_TEXT = 32_767;
    static final String CUT = "……（超出单元格长度，已截断）";

    private final Workbook workbook;
    /** One quote-prefixed twin per style in use, not one per cell: a workbook holds at most 64,000 styles. */
    private final Map<Short, CellStyle> quotedTwins = new HashMap<>();

    TextCells(Workbook workbook) {
        this.workbook = workbook;
    }

    /** A new cell in the row's column, holding the text. */
    Cell write(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        write(cell, text);
        return cell;
    }

    /** The text into the cell; its style is kept, quote-prefixed when the text starts like a formula. */
    void write(Cell cell, String text) {
        cell.setCellValue(fitting(text));
        if (startsLikeFormula(text)) {
            cell.setCellStyle(quoted(cell.getCellStyle()));
        }
    }

    /** A cell holds at most 32,767 characters; longer text is cut there, visibly (the API has it whole). */
    static String fitting(String text) {
        if (text == null || text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        return text.substring(0, MAX_CELL_TEXT - CUT.length()) + CUT;
    }

    static boolean startsLikeFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    private CellStyle quoted(CellStyle style) {
        if (style.getQuotePrefixed()) {
            return style;
        }
        return quotedTwins.computeIfAbsent(style.getIndex(), index -> {
            CellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(style);
            twin.setQuotePrefixed(true);
            return twin;
        });
    }
}
