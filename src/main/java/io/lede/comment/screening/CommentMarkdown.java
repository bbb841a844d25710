package io.lede.comment.screening;

import io.lede.support.MarkdownLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Renders the small Markdown subset readers may use in comments into HTML that is safe to embed anywhere, and into
 * plain text for classifiers and previews.
 *
 * <p>Two layers, because either alone has failed somewhere before: CommonMark escapes raw HTML and knows no headings,
 * images or rules, then jsoup keeps only the allowed tags, attributes and link protocols whatever came out.
 */
public final class CommentMarkdown {

    public static final String LINK_REL = "nofollow ugc";

    private static final Set<Class<? extends Block>> BLOCKS =
            Set.of(BlockQuote.class, FencedCodeBlock.class, IndentedCodeBlock.class, ListBlock.class);
    private static final Parser PARSER =
            Parser.builder().enabledBlockTypes(BLOCKS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a")
            .addAttributes("a", "href")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto");
    private static final String TEXT_BLOCKS = "p, li:not(:has(p)), pre";

    private CommentMarkdown() {}

    /** Safe HTML: every link is http, https or mailto and carries {@code rel="nofollow ugc"}. */
    public static String render(String markdown) {
        Node document = PARSER.parse(MarkdownLimits.bounded(markdown));
        document.accept(new ImagesToAltText());
        String cleaned = Jsoup.clean(RENDERER.render(document), SAFELIST);
        Document html = Jsoup.parseBodyFragment(cleaned);
        for (Element link : html.body().select("a")) {
            if (link.hasAttr("href")) {
                link.attr("rel", LINK_REL);
            } else {
                link.unwrap();
            }
        }
        return html.body().html().strip();
    }

    /** The words a reader sees, blocks separated by a blank line. */
    public static String plainText(String markdown) {
        Document html = Jsoup.parseBodyFragment(render(markdown));
        return html.body().select(TEXT_BLOCKS).stream()
                .map(Element::wholeText)
                .map(String::strip)
                .filter(block -> !block.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    /** An image becomes its alt text: readers keep the words, nobody gets a tracking pixel or a broken frame. */
    private static final class ImagesToAltText extends AbstractVisitor {
        private final List<Image> images = new ArrayList<>();

        @Override
        public void visit(Image image) {
            images.add(image);
            visitChildren(image);
        }

        @Override
        public void visit(org.commonmark.node.Document document) {
            visitChildren(document);
            for (Image image : images) {
                Node child = image.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    image.insertBefore(child);
                    child = next;
                }
                image.unlink();
            }
        }
    }
}
