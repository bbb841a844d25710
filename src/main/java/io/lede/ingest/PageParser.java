package io.lede.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes a scraped news page apart — plain text or HTML — into headline, story paragraphs, removed furniture and the
 * rights footer. Pure logic: no I/O, no framework.
 */
public final class PageParser {

    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_HEADLINE = 300;
    private static final String TEXT_BLOCKS =
            "h1, h2, h3, h4, h5, h6, p, li:not(:has(p)), figcaption, blockquote:not(:has(p))";
    private static final String NEVER_TEXT =
            "script, style, noscript, template, iframe, svg, form, button, input, select, textarea";
    private static final String CHROME = "nav, aside, [role=navigation], [role=complementary], #comments, .comments,"
            + " #respond, .share, .sharing, .sharedaddy, .social, .related, .newsletter";

    /** Reads a page saved as text: blocks are separated by blank lines, the first is the headline. */
    public ImportedPage parseText(String text) {
        List<String> blocks = new ArrayList<>();
        for (String block : BLOCK_BREAK.split(normalise(text))) {
            String flat = flatten(block);
            if (!flat.isEmpty()) {
                blocks.add(flat);
            }
        }
        if (blocks.isEmpty()) {
            throw new UnusablePageException("The page has no text.");
        }
        String first = blocks.get(0);
        boolean headline = first.length() <= MAX_HEADLINE
                && Furniture.kindOf(first).isEmpty()
                && !RightsFooters.looksLikeFooter(first);
        return assemble(headline ? first : null, headline ? blocks.subList(1, blocks.size()) : blocks, null);
    }

    /** Reads a page saved as HTML: the headline from its metadata or first heading, blocks from its text elements. */
    public ImportedPage parseHtml(String html) {
        Document page = Jsoup.parse(html);
        page.select(NEVER_TEXT).remove();
        String title = firstNonBlank(
                page.select("meta[property=og:title]").attr("content"),
                page.select("h1").text(),
                page.title());
        String canonical = page.select("link[rel=canonical]").attr("abs:href");
        List<String> blocks = new ArrayList<>();
        List<RemovedBlock> chrome = new ArrayList<>();
        for (Element element : page.select(CHROME)) {
            String text = flatten(element.text());
            if (!text.isEmpty() && !RightsFooters.looksLikeFooter(text)) {
                chrome.add(new RemovedBlock(RemovedBlock.PAGE_CHROME, text));
                element.remove();
            }
        }
        Element story = firstNonNull(page.selectFirst("article"), page.selectFirst("main"), page.body());
        for (Element element : story.select(TEXT_BLOCKS)) {
            String text = flatten(element.text());
            if (!text.isEmpty() && !text.equals(title)) {
                blocks.add(text);
            }
        }
        for (Element footer : page.select("footer, .copyright")) {
            String text = flatten(footer.text());
            if (RightsFooters.looksLikeFooter(text) && blocks.stream().noneMatch(text::contains)) {
                blocks.add(text);
            }
        }
        if ((title == null || title.isEmpty()) && blocks.isEmpty()) {
            throw new UnusablePageException("The page has no text.");
        }
        ImportedPage parsed = assemble(title == null || title.isEmpty() ? null : flatten(title), blocks, canonical);
        chrome.addAll(parsed.removed());
        return new ImportedPage(parsed.title(), parsed.paragraphs(), chrome, parsed.rights(), parsed.canonicalUrl());
    }

    private static ImportedPage assemble(String title, List<String> blocks, String canonicalUrl) {
        List<String> paragraphs = new ArrayList<>();
        List<RemovedBlock> removed = new ArrayList<>();
        RightsFooter rights = null;
        for (String block : blocks) {
            if (RightsFooters.looksLikeFooter(block)) {
                if (rights == null) {
                    rights = RightsFooters.parse(block);
                }
                removed.add(new RemovedBlock(RemovedBlock.RIGHTS_FOOTER, block));
                continue;
            }
            var furniture = Furniture.kindOf(block);
            if (furniture.isPresent()) {
                removed.add(new RemovedBlock(furniture.get(), block));
            } else {
                paragraphs.add(block);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new UnusablePageException("The page has no story text once its furniture is removed.");
        }
        String headline = title != null ? title : paragraphs.get(0);
        return new ImportedPage(
                headline, List.copyOf(paragraphs), List.copyOf(removed), rights, blankToNull(canonicalUrl));
    }

    private static String normalise(String text) {
        return text.replace("\uFEFF", "")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ');
    }

    private static String flatten(String block) {
        return WHITESPACE.matcher(block).replaceAll(" ").strip();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalStateException("no candidate");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
