package io.lede.syndication.excerpt;

import java.util.List;

/**
 * The part of an article a partner may show: whole paragraphs and, in the last, whole sentences (or whole words),
 * never half a quotation.
 *
 * @param paragraphs the excerpt's paragraphs, in order
 * @param truncated whether the article goes on after the excerpt
 * @param reason what stopped it: {@link #MAX_CHARACTERS}, {@link #MAX_WORDS}, {@link #MAX_PARAGRAPHS} or
 *     {@link #QUOTATIONS}; null when it is not truncated
 */
public record Excerpt(List<String> paragraphs, boolean truncated, String reason) {

    public static final String MAX_CHARACTERS = "maxCharacters";
    public static final String MAX_WORDS = "maxWords";
    public static final String MAX_PARAGRAPHS = "maxParagraphs";
    public static final String QUOTATIONS = "quotationsNotAllowed";

    public Excerpt {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Paragraphs separated by a blank line, like an article's plain text. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** One {@code <p>} per paragraph, the text escaped: safe to embed as it is. */
    public String html() {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (!html.isEmpty()) {
                html.append('\n');
            }
            html.append("<p>").append(Html.escape(paragraph)).append("</p>");
        }
        return html.toString();
    }
}
