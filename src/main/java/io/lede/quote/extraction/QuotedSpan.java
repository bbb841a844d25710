package io.lede.quote.extraction;

import java.util.List;

/**
 * Words between a pair of double quotation marks, possibly continued over several paragraphs.
 *
 * @param open UTF-16 index of the opening mark
 * @param after UTF-16 index just past the closing mark (the paragraph end when the mark never closes)
 * @param parts the quoted words in each paragraph, marks excluded
 */
record QuotedSpan(int open, int after, int firstParagraph, int lastParagraph, List<Part> parts) {

    record Part(int start, int end) {}

    int start() {
        return parts.get(0).start();
    }

    int end() {
        return parts.get(parts.size() - 1).end();
    }

    boolean contains(int index) {
        return index >= open && index < after;
    }

    String text(String article) {
        if (parts.size() == 1) {
            return article.substring(start(), end());
        }
        StringBuilder text = new StringBuilder(end() - start());
        for (Part part : parts) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(article, part.start(), part.end());
        }
        return text.toString();
    }
}
