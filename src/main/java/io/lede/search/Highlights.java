package io.lede.search;

import io.lede.search.SearchViews.Highlight;
import java.util.List;

/**
 * Snippets with matched words marked. The database (or {@link #mark}) brackets each match with two private-use
 * characters; only here do they become {@code <mark>} elements, around text that is escaped, so a snippet's HTML
 * holds nothing but marks and escaped text whatever the article contains.
 */
final class Highlights {

    static final char START = '\uE000';
    static final char STOP = '\uE001';
    private static final int CONTEXT = 90;

    private Highlights() {}

    /** The HTML and plain forms of a marked snippet. */
    static Highlight of(String marked) {
        String text = marked == null ? "" : marked.strip();
        StringBuilder html = new StringBuilder(text.length() + 32);
        StringBuilder plain = new StringBuilder(text.length());
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == START) {
                if (!open) {
                    html.append("<mark>");
                    open = true;
                }
                continue;
            }
            if (c == STOP) {
                if (open) {
                    html.append("</mark>");
                    open = false;
                }
                continue;
            }
            plain.append(c);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return new Highlight(html.toString(), plain.toString());
    }

    /**
     * Marks the folded {@code terms} in {@code text}, in a window around the first of them (for databases without
     * a headline function of their own). One pass over the text per term.
     */
    static String mark(String text, List<String> terms) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String clean = text.replace(START, ' ').replace(STOP, ' ');
        FoldedText folded = FoldedText.of(clean);
        boolean[] marked = new boolean[clean.length() + 1];
        int first = -1;
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            int from = 0;
            int at;
            while ((at = folded.folded().indexOf(term, from)) >= 0) {
                int start = folded.original(at);
                int end = folded.original(at + term.length());
                for (int i = start; i < end; i++) {
                    marked[i] = true;
                }
                first = first < 0 ? start : Math.min(first, start);
                from = at + term.length();
            }
        }
        int windowStart = first < 0 ? 0 : wordStart(clean, Math.max(0, first - CONTEXT));
        int windowEnd = wordEnd(clean, Math.min(clean.length(), Math.max(first, 0) + 2 * CONTEXT));
        StringBuilder out = new StringBuilder();
        if (windowStart > 0) {
            out.append("… ");
        }
        boolean open = false;
        for (int i = windowStart; i < windowEnd; i++) {
            if (marked[i] != open) {
                out.append(marked[i] ? START : STOP);
                open = marked[i];
            }
            out.append(clean.charAt(i));
        }
        if (open) {
            out.append(STOP);
        }
        if (windowEnd < clean.length()) {
            out.append(" …");
        }
        return out.toString();
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
