package io.lede.article;

import io.lede.support.MarkdownLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Renders staff-written Markdown into HTML that is safe to embed anywhere (no scripts, styles or event handlers,
 * whatever the source held) and into the plain text that quotes and excerpts point into.
 */
@ApplicationScoped
public class BodyRenderer {

    static final int EXCERPT_LENGTH = 280;
    static final int WORDS_PER_MINUTE = 230;

    private static final String TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li:not(:has(p)), pre, figcaption, th, td";

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();
    private final Safelist safelist = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "s")
            .addAttributes("a", "rel", "hreflang")
            .addProtocols("a", "href", "http", "https", "mailto");

    public RenderedBody render(String markdown) {
        String html = Jsoup.clean(renderer.render(parser.parse(MarkdownLimits.bounded(markdown))), safelist)
                .trim();
        String text = plainText(html);
        int words = wordCount(text);
        return new RenderedBody(
                html,
                text,
                excerpt(text),
                words,
                words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)));
    }

    private static String plainText(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        return document.body().select(TEXT_BLOCKS).stream()
                .map(Element::text)
                .map(String::strip)
                .filter(block -> !block.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    /**
     * Words are runs of letters and digits, joined by apostrophes and hyphens, and by {@code . : ,} between digits
     * ("3.5", "10:30"). A scan, not a regular expression: a pattern with an alternation under a star recurses once
     * per character in Java and overflows the stack on a long enough word.
     */
    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                count += inWord ? 0 : 1;
                inWord = true;
            } else if (inWord && (c == '\'' || c == '’' || c == '-')) {
                inWord = true;
            } else {
                inWord = inWord
                        && (c == '.' || c == ':' || c == ',')
                        && i + 1 < text.length()
                        && Character.isDigit(text.charAt(i + 1));
            }
        }
        return count;
    }

    /** The opening of the text, cut at a word boundary. */
    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH - 1)
                        .replaceAll("[\\s,;:.—–-]+$", "") + "…";
    }
}
