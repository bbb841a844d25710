package io.lede.quote.extraction;

/** Test helper: cuts text by code point offsets, as the extractor reports them. */
final class CodePoints {

    private CodePoints() {}

    static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
