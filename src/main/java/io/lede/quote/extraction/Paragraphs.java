package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.List;

/** Splits article plain text into paragraphs at blank lines, the way {@code BodyRenderer} joins them. */
final class Paragraphs {

    private Paragraphs() {}

    static List<Paragraph> of(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int length = text.length();
        int position = 0;
        while (position < length) {
            int start = skipWhitespace(text, position);
            if (start >= length) {
                break;
            }
            int end = blankLineAfter(text, start);
            int trimmedEnd = end;
            while (trimmedEnd > start && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
                trimmedEnd--;
            }
            paragraphs.add(new Paragraph(paragraphs.size(), start, trimmedEnd));
            position = end;
        }
        return paragraphs;
    }

    private static int skipWhitespace(String text, int position) {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return position;
    }

    /** The index of the first line break that begins a blank line, or the end of the text. */
    private static int blankLineAfter(String text, int position) {
        int newline = text.indexOf('\n', position);
        while (newline >= 0) {
            int next = newline + 1;
            while (next < text.length()
                    && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
                next++;
            }
            if (next >= text.length() || text.charAt(next) == '\n') {
                return newline;
            }
            newline = text.indexOf('\n', next);
        }
        return text.length();
    }
}
