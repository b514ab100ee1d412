package org.perfeval.common;

/** Rules for text that people read back: titles, names, file names. */
public final class Text {

    private Text() {
    }

    /**
     * Whether the text has characters a reader cannot see or that reorder what they see: controls
     * (NUL, line breaks) and format characters (right-to-left overrides, zero-width spaces, BOM); and
     * half of a surrogate pair, which is no character at all and comes back from UTF-8 as "?".
     */
    public static boolean hasHiddenCharacters(String text) {
        // a plain loop: this runs for every name of every sheet scored
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Like {@link #hasHiddenCharacters}, for text of several lines: line breaks and tabs are allowed. */
    public static boolean hasHiddenCharactersBesideLineBreaks(String text) {
        return hasHiddenCharacters(text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }
}
