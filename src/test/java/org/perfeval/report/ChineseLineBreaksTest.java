package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The line-breaking rule on strings: where {@link ChineseLineBreaks} lets a line end. */
class ChineseLineBreaksTest {

    static final String SENTENCE = "2022年新能源汽车园事业服务中心财政拨款收入预算为44.84万元，调整后预算数为27.52万元，预算调整率为38.63%。";

    /** The text with | wherever a line may end. */
    static String marked(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            if (ChineseLineBreaks.breaksAfter(text, i)) {
                out.append('|');
            }
        }
        return out.toString();
    }

    @Test
    void aLineMayEndAfterAnyChineseCharacterButNotBeforeClosingPunctuation() {
        assertEquals("调|整|后|预|算|数|为|27.52|万|元，|预|算|调|整|率|为|38.63%。", marked("调整后预算数为27.52万元，预算调整率为38.63%。"));
        assertEquals("其|中|基|本|支|出、|项|目|支|出；|合|计：|是|否？|良！|完", marked("其中基本支出、项目支出；合计：是否？良！完"));
    }

    @Test
    void openingMarksStayWithWhatFollowsAndClosingMarksWithWhatPrecedes() {
        assertEquals("详|见|《评|价|报|告》，|共|3|项", marked("详见《评价报告》，共3项"));
        assertEquals("按|（晋|开|财|〔2021〕|12|号）|执|行", marked("按（晋开财〔2021〕12号）执行"));
        assertEquals("评|为|「良」|『优』|【注】|“好”|‘是’", marked("评为「良」『优』【注】“好”‘是’"));
        assertEquals("率|为|29.89%，", marked("率为29.89%，"));
    }

    @Test
    void everyClosingMarkIsKeptOffTheStartOfALine() {
        for (char closing : "，。、；：？！）》」』〕】”’％%,.;:?!)]}".toCharArray()) {
            String text = "预算" + closing + "执行";
            assertFalse(ChineseLineBreaks.breaksAfter(text, 1), () -> "no line starts with " + closing);
            assertTrue(ChineseLineBreaks.breaksAfter(text, 2), () -> "a line may end after " + closing);
        }
        for (char opening : "（《「『〔【“‘([{".toCharArray()) {
            String text = "依据" + opening + "办法";
            assertTrue(ChineseLineBreaks.breaksAfter(text, 1), () -> "a line may end before " + opening);
            assertFalse(ChineseLineBreaks.breaksAfter(text, 2), () -> "no line ends with " + opening);
        }
    }

    @Test
    void numbersAndLatinWordsStayWholeAndLatinTextBreaksAtSpaces() {
        assertEquals("增|长|12.5%|至|1,234.56|元", marked("增长12.5%至1,234.56元"));
        assertEquals("2022-2023|年|度，", marked("2022-2023年度，"));
        assertEquals("为|-5.2%|或|≥85%|与|¥100|元", marked("为-5.2%或≥85%与¥100元"));
        assertEquals("PerfEval |demo |v2.0 |报|告", marked("PerfEval demo v2.0 报告"));
        assertEquals("ＡＢＣ１２３|项", marked("ＡＢＣ１２３项"));
    }

    @Test
    void dashesAndEllipsesAreNotSplit() {
        assertEquals("目|标|——|完|成……|等", marked("目标——完成……等"));
    }

    @Test
    void theLastCharacterOfATextIsNoBreakOfItsOwn() {
        char[] text = "预算。".toCharArray();
        assertFalse(ChineseLineBreaks.INSTANCE.isSplitCharacter(0, text.length - 1, text.length, text, null));
        // OpenPDF asks about a lone space to decide whether it may break at the last space instead
        assertFalse(ChineseLineBreaks.INSTANCE.isSplitCharacter(0, 0, 1, new char[] {' '}, null));
        // a character outside the basic plane is not split from its second half
        String rare = "𠀀𠀁";
        assertEquals("𠀀|𠀁", marked(rare));
    }

    /** Greedy filling, as OpenPDF does it: each line takes as much as fits and ends at the last allowed break. */
    static List<String> fill(String text, int width) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (text.length() - start > width) {
            int end = -1;
            for (int i = start; i < start + width; i++) {
                if (ChineseLineBreaks.breaksAfter(text, i)) {
                    end = i + 1;
                }
            }
            if (end < 0) {
                end = start + width;
            }
            lines.add(text.substring(start, end));
            start = end;
        }
        lines.add(text.substring(start));
        return lines;
    }

    @Test
    void longParagraphsFilledAtEveryWidthStartNoLineWithClosingPunctuationAndSplitNoNumber() {
        String paragraph = SENTENCE.repeat(3) + "政府采购预算总额5.22万元（其中货物1.2万元），实际执行1.56万元，执行率为29.89%；"
                + "详见《2022年部门决算报表》“预算执行”部分！";
        Pattern number = Pattern.compile("\\d+(?:[.,]\\d+)*%?");
        List<String> numbers = tokens(number, paragraph);
        for (int width = 8; width <= 40; width++) {
            List<String> lines = fill(paragraph, width);
            assertEquals(paragraph, String.join("", lines));
            List<String> found = new ArrayList<>();
            for (String line : lines) {
                assertFalse(ChineseLineBreaks.isClosing(line.charAt(0)), "line starts with " + line + " at width " + width);
                assertFalse(ChineseLineBreaks.isOpening(line.charAt(line.length() - 1)), "line ends with " + line);
                found.addAll(tokens(number, line));
            }
            assertNoneSplit(numbers, found, "at width " + width);
        }
    }

    /** The numbers read line by line are those of the text: none was split across lines. */
    static void assertNoneSplit(List<String> numbers, List<String> printed, String where) {
        int at = 0;
        while (at < numbers.size() && at < printed.size() && numbers.get(at).equals(printed.get(at))) {
            at++;
        }
        if (at < numbers.size() || at < printed.size()) {
            int from = at;
            fail("a number split across lines " + where + ": " + numbers.subList(from, Math.min(from + 3, numbers.size()))
                    + " printed as " + printed.subList(from, Math.min(from + 4, printed.size())));
        }
    }

    static List<String> tokens(Pattern pattern, String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
