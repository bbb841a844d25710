package io.lede.ingest;

import java.util.regex.Pattern;

/** Turns plain text into Markdown that renders back to exactly that text. */
final class MarkdownText {

    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>&!|~])");
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#+=>-])");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\s*\\d{1,9})([.)])");

    private MarkdownText() {}

    static String escape(String paragraph) {
        String escaped = INLINE_SPECIAL.matcher(paragraph).replaceAll("\\\\$1");
        escaped = BLOCK_START.matcher(escaped).replaceFirst("$1\\\\$2");
        return ORDERED_LIST_START.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
