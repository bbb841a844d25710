package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.List;

/** Splits article plain text into paragraphs at line breaks ({@code BodyRenderer} joins them with a blank line). */
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

    /**
     * The index of the first line break that ends a paragraph, or the end of the text. A blank line always does; a
     * single line break does too, as some outlets write paragraphs one to a line.
     */
    private static int blankLineAfter(String text, int position) {
        int newline = text.indexOf('\n', position);
        return newline >= 0 ? newline : text.length();
    }
}
