package io.lede.quote;

/** Converts UTF-16 indexes into code point offsets; free for the common text with no characters beyond the BMP. */
final class CodePointIndex {

    private final String text;
    private final boolean bmpOnly;

    CodePointIndex(String text) {
        this.text = text;
        this.bmpOnly = !hasSurrogates(text);
    }

    int at(int utf16Index) {
        return bmpOnly ? utf16Index : text.codePointCount(0, utf16Index);
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
