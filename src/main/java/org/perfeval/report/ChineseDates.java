package org.perfeval.report;

import java.time.LocalDate;

/** Dates as report covers print them: 二〇二三年九月. */
final class ChineseDates {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String[] MONTHS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private ChineseDates() {
    }

    static String yearMonth(LocalDate date) {
        StringBuilder year = new StringBuilder();
        for (char c : String.valueOf(date.getYear()).toCharArray()) {
            year.append(DIGITS.charAt(c - '0'));
        }
        return year + "年" + MONTHS[date.getMonthValue() - 1] + "月";
    }
}
