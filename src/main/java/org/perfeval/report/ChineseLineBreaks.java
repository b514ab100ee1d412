package org.perfeval.report;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where OpenPDF may end a line of Chinese text (禁则, as GB/T 15834 and the typesetting rules of official
 * documents have it). A line may end after any Chinese character, except that
 * <ul>
 * <li>no line starts with a closing mark (，。、；：？！）》」』 and the like, the connecting and separating marks, %),
 * as in Word's list for Simplified Chinese,</li>
 * <li>no line ends with an opening mark (（《「『 and the like) or a sign that belongs to the number after it (¥, ≥),</li>
 * <li>a run of digits and Latin letters, with the points, commas and hyphens inside it, stays whole: 38.63%,
 * 44.84, 2022-2023, PerfEval (a line may end between 27.52 and 万元),</li>
 * <li>—— and …… are not split, and Latin text breaks at its spaces.</li>
 * </ul>
 * OpenPDF's default breaks after every CJK character, so a comma or a full stop could open a line.
 */
public final class ChineseLineBreaks implements SplitCharacter {

    public static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    /** Marks that never start a line: closing brackets and quotes, the stops, connectors, units after a number. */
    private static final String CLOSING = "，。、；：？！）》」』〕】〗〙〛〉］｝”’％‰℃°′″·・．～－／…‥〃∶"
            + "﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞"
            + ",.;:?!)]}%~/–";
    /** Marks that never end a line: opening brackets and quotes. */
    private static final String OPENING = "（《「『〔【〖〘〚〈［｛“‘﹙﹛﹝([{";
    /** Signs that go with the number after them. */
    private static final String PREFIXES = "¥￥$＄€£±+−-≥≤≈<>＜＞#№§";
    /** Marks written doubled (破折号, 省略号), whose halves stay on one line. */
    private static final String DOUBLED = "—…⋯";
    /** Joiners inside a run of digits and letters: 44.84, 1,234, 12:30, 2022-2023, 3～5, a/b (not the Chinese comma). */
    private static final String JOINERS = ".,:/-–~．／－～'_@&";

    private ChineseLineBreaks() {
    }

    /** Whether the line may end after {@code cc[current]}; the line then goes on with {@code cc[current + 1]}. */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (current + 1 >= end) {
            // the text's last character (or OpenPDF's probe of a lone space): nothing to break before here
            return false;
        }
        char previous = current > 0 ? character(current - 1, cc, ck) : '\n';
        return breaksBetween(previous, character(current, cc, ck), character(current + 1, cc, ck));
    }

    /** Whether a line may end after {@code c}, which follows {@code previous} and comes before {@code next}. */
    static boolean breaksBetween(char previous, char c, char next) {
        if (isClosing(next) || isOpening(c)) {
            return false;
        }
        if (Character.isWhitespace(c)) {
            return true;
        }
        if (Character.isWhitespace(next)) {
            // break after the space, which then disappears at the line's end
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return false;
        }
        if (c == next && DOUBLED.indexOf(c) >= 0) {
            return false;
        }
        if (PREFIXES.indexOf(c) >= 0 && isWordChar(next)) {
            return false;
        }
        if (isWordChar(c) && (isWordChar(next) || JOINERS.indexOf(next) >= 0)) {
            return false;
        }
        // after the point of 44.84, the comma of 1,234, the hyphen of 2022-2023
        return !(JOINERS.indexOf(c) >= 0 && isWordChar(previous) && isWordChar(next));
    }

    /** Whether the text may break between {@code text.charAt(index)} and the character after it. */
    static boolean breaksAfter(CharSequence text, int index) {
        char[] cc = text.toString().toCharArray();
        return INSTANCE.isSplitCharacter(0, index, cc.length, cc, null);
    }

    static boolean isClosing(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    static boolean isOpening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    /** A digit or a letter of an alphabet (Latin, Greek, full-width Latin), not a Chinese or Japanese character. */
    static boolean isWordChar(char c) {
        if (!Character.isLetterOrDigit(c) || Character.isIdeographic(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL
                && script != Character.UnicodeScript.BOPOMOFO;
    }

    /** The character as Unicode (a chunk of a CJK font of its own encoding holds codes of that font). */
    private static char character(int index, char[] cc, PdfChunk[] ck) {
        if (ck == null || ck.length == 0) {
            return cc[index];
        }
        return (char) ck[Math.min(index, ck.length - 1)].getUnicodeEquivalent(cc[index]);
    }
}
