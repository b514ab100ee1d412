package org.perfeval.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How one submitted comments text becomes rows of the matrix, so that each point can be answered on its own:
 * a numbered list gives one row per item (its continuation lines and any introduction going with it), other
 * text one row per line, where a line that ends in a comma or colon runs on into the next. The rows keep the
 * words as written: only blank lines and the spaces around lines are dropped.
 */
final class CommentText {

    /** 1. 1、 1) （1） (一) 一、 ① at the start of a line; "2.5万元" starts with a number, not an item. */
    private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,3}(?:[.．](?!\\d)|[、)）])"
            + "|[（(](?:\\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[\\u2460-\\u2473])");
    /** A line ending like this is a sentence cut by a line break, or an introduction. */
    private static final String RUNS_ON = "，,、：:";

    private CommentText() {
    }

    static List<String> items(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        boolean numbered = lines.stream().filter(CommentText::isItem).limit(2).count() == 2;
        List<String> rows = new ArrayList<>();
        StringBuilder row = null;
        boolean rowHasItem = false;
        String previous = null;
        for (String line : lines) {
            boolean startsRow = row == null
                    || (numbered ? isItem(line) && rowHasItem : !runsOn(previous));
            if (startsRow) {
                if (row != null) {
                    rows.add(row.toString());
                }
                row = new StringBuilder(line);
                rowHasItem = isItem(line);
            } else {
                row.append('\n').append(line);
                rowHasItem |= isItem(line);
            }
            previous = line;
        }
        if (row != null) {
            rows.add(row.toString());
        }
        return rows;
    }

    private static boolean isItem(String line) {
        return ITEM.matcher(line).find();
    }

    private static boolean runsOn(String line) {
        return RUNS_ON.indexOf(line.charAt(line.length() - 1)) >= 0;
    }
}
