package io.lede.quote.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs double quotation marks, curly or straight. Single marks are left alone: inside a quotation they are nested
 * quotes and stay part of its text, and elsewhere they cannot be told from apostrophes.
 */
final class QuotationMarks {

    private static final char OPEN = '“';
    private static final char CLOSE = '”';
    private static final char STRAIGHT = '"';

    private QuotationMarks() {}

    static List<QuotedSpan> in(String text, List<Paragraph> paragraphs) {
        List<QuotedSpan> spans = new ArrayList<>();
        List<QuotedSpan.Part> parts = new ArrayList<>();
        int open = -1;
        int firstParagraph = -1;
        int partStart = -1;
        for (Paragraph paragraph : paragraphs) {
            int i = paragraph.start();
            if (open >= 0) {
                // The reopening mark of a quotation continued from the previous paragraph.
                i++;
                partStart = i;
            }
            for (; i < paragraph.end(); i++) {
                char c = text.charAt(i);
                if (open < 0 && (c == OPEN || (c == STRAIGHT && opensStraight(text, i, paragraph)))) {
                    open = i;
                    firstParagraph = paragraph.index();
                    partStart = i + 1;
                } else if (open >= 0 && (c == CLOSE || c == STRAIGHT)) {
                    parts.add(new QuotedSpan.Part(partStart, i));
                    spans.add(new QuotedSpan(open, i + 1, firstParagraph, paragraph.index(), List.copyOf(parts)));
                    parts.clear();
                    open = -1;
                }
            }
            if (open >= 0) {
                parts.add(new QuotedSpan.Part(partStart, paragraph.end()));
                if (!continuesInNext(text, paragraphs, paragraph)) {
                    spans.add(new QuotedSpan(
                            open, paragraph.end(), firstParagraph, paragraph.index(), List.copyOf(parts)));
                    parts.clear();
                    open = -1;
                }
            }
        }
        spans.removeIf(span -> span.end() <= span.start());
        return spans;
    }

    private static boolean opensStraight(String text, int i, Paragraph paragraph) {
        boolean boundaryBefore = i == paragraph.start() || "([{—–-/ \t\n".indexOf(text.charAt(i - 1)) >= 0;
        boolean wordAfter = i + 1 < paragraph.end() && !Character.isWhitespace(text.charAt(i + 1));
        return boundaryBefore && wordAfter;
    }

    private static boolean continuesInNext(String text, List<Paragraph> paragraphs, Paragraph paragraph) {
        int next = paragraph.index() + 1;
        if (next >= paragraphs.size()) {
            return false;
        }
        char first = text.charAt(paragraphs.get(next).start());
        return first == OPEN || first == STRAIGHT;
    }
}
