package io.lede.quote.extraction;

/** Converts between UTF-16 indexes and code point offsets; free for the common text with no characters beyond the BMP. */
public final class CodePointIndex {

    private final String text;
    private final boolean bmpOnly;

    public CodePointIndex(String text) {
        this.text = text;
        this.bmpOnly = !hasSurrogates(text);
    }

    public int at(int utf16Index) {
        return bmpOnly ? utf16Index : text.codePointCount(0, utf16Index);
    }

    /** The UTF-16 index of a code point offset. */
    public int utf16Index(int codePoint) {
        return bmpOnly ? codePoint : text.offsetByCodePoints(0, codePoint);
    }

    public int length() {
        return at(text.length());
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
