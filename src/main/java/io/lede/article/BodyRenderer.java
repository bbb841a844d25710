package io.lede.article;

import io.lede.image.BodyImage;
import io.lede.support.MarkdownLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
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
    private final Safelist safelist = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "s")
            .addAttributes("a", "rel", "hreflang")
            .addAttributes("img", "srcset", "sizes", "loading", "decoding")
            .addProtocols("a", "href", "http", "https", "mailto");

    /**
     * How a body image is drawn: its source, its real size and its responsive candidates, from the image record the
     * Markdown names.
     */
    public record Picture(String src, int width, int height, String srcset, String sizes) {}

    /** The Markdown as a tree, to find its images and then render it. */
    public Node parse(String markdown) {
        return parser.parse(MarkdownLimits.bounded(markdown));
    }

    /** Every {@code ![alt](url)} of the body, in order, with its alt text as plain text. */
    public List<BodyImage> images(Node document) {
        List<BodyImage> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(new BodyImage(image.getDestination(), altText(image)));
            }
        });
        return images;
    }

    /** Renders a body without images (or whose images need no record). */
    public RenderedBody render(String markdown) {
        return render(parse(markdown), Map.of());
    }

    /**
     * Renders a parsed body. Each Markdown image becomes an {@code <img>} with the size, {@code srcset},
     * {@code sizes} and lazy loading of its {@link Picture} (by URL); an image with no picture, and any {@code <img>}
     * written as raw HTML, is left out, so every image a body shows is a record Lede has checked.
     */
    public RenderedBody render(Node document, Map<String, Picture> pictures) {
        AttributeProvider sized = (node, tag, attributes) -> {
            Picture picture = node instanceof Image image ? pictures.get(image.getDestination()) : null;
            if (picture != null) {
                attributes.put("src", picture.src());
                attributes.put("srcset", picture.srcset());
                attributes.put("sizes", picture.sizes());
                attributes.put("width", Integer.toString(picture.width()));
                attributes.put("height", Integer.toString(picture.height()));
                attributes.put("loading", "lazy");
                attributes.put("decoding", "async");
            }
        };
        HtmlRenderer renderer = HtmlRenderer.builder()
                .attributeProviderFactory(context -> sized)
                .build();
        String html = Jsoup.clean(renderer.render(document), safelist).trim();
        if (html.contains("<img")) {
            Document cleaned = Jsoup.parseBodyFragment(html);
            cleaned.body().select("img").forEach(img -> {
                Picture picture = pictures.get(img.attr("src"));
                if (picture == null || !img.attr("srcset").equals(picture.srcset())) {
                    img.remove();
                }
            });
            html = cleaned.body().html().trim();
        }
        String text = plainText(html);
        int words = wordCount(text);
        return new RenderedBody(
                html,
                text,
                excerpt(text),
                words,
                words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)));
    }

    private static String altText(Node image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                alt.append(code.getLiteral());
            }
        });
        return alt.toString().strip();
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
