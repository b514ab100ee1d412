package org.perfeval.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
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
        cell.setCellValue(fitted(text));
        if (startsLikeFormula(text)) {
            cell.setCellStyle(quoted(cell.getCellStyle()));
        }
    }

    /**
     * A cell holds at most 32,767 characters (POI refuses more, which failed a whole export with a 500):
     * longer text, such as an audit entry of a large target table, is cut there with "…"; the API has it whole.
     */
    static String fitted(String text) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
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
