package io.lede.support;

/**
 * Bounds what a Markdown parser is handed, so that rendering costs time in proportion to the input whatever it
 * holds. CommonMark parses inline syntax one paragraph at a time, and some inputs (long runs of {@code <}, {@code [}
 * or {@code ](} in one paragraph) make that work grow faster than the paragraph: a paragraph longer than
 * {@link #MAX_BLOCK_CHARS} is therefore broken into paragraphs of at most that size. Real prose never comes near it,
 * and what such a break changes in a pathological input is only where one paragraph ends and the next begins.
 */
public final class MarkdownLimits {

    /** The most characters one run of non-blank lines may hold before it is broken. */
    public static final int MAX_BLOCK_CHARS = 8_000;

    private MarkdownLimits() {}

    public static String bounded(String markdown) {
        if (markdown == null) {
            return "";
        }
        if (markdown.length() <= MAX_BLOCK_CHARS) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + markdown.length() / MAX_BLOCK_CHARS * 2 + 2);
        int blockLength = 0;
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? markdown.length() : lineEnd + 1;
            boolean blank =
                    markdown.substring(lineStart, lineEnd < 0 ? next : lineEnd).isBlank();
            if (blank) {
                blockLength = 0;
                out.append(markdown, lineStart, next);
                lineStart = next;
                continue;
            }
            int lineLength = next - lineStart;
            if (blockLength > 0 && blockLength + lineLength > MAX_BLOCK_CHARS) {
                out.append("\n\n");
                blockLength = 0;
            }
            for (int start = lineStart; start < next; ) {
                int end = Math.min(next, start + MAX_BLOCK_CHARS - blockLength);
                if (end < next) {
                    int space = lastSpace(markdown, start, end);
                    end = space > start ? space + 1 : end;
                }
                out.append(markdown, start, end);
                blockLength += end - start;
                if (end < next) {
                    out.append("\n\n");
                    blockLength = 0;
                }
                start = end;
            }
            lineStart = next;
        }
        return out.toString();
    }

    private static int lastSpace(String text, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (text.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
