package org.perfeval.common;

/** Rules for text that people read back: titles, names, file names. */
public final class Text {

    private Text() {
    }

    /**
     * Whether the text has characters a reader cannot see or that reorder what they see: controls
     * (NUL, line breaks) and format characters (right-to-left overrides, zero-width spaces, BOM).
     */
    public static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT);
    }
}
