package io.lede.syndication.attribution;

import io.lede.syndication.excerpt.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a policy's credit template, such as {@code "{title} — {publisher}, {canonicalUrl}"}, for plain text, HTML
 * and Markdown. Every value is escaped for its form, so a headline cannot inject markup; in HTML and Markdown the
 * title and the URL become links to the canonical article; a template that names neither still gets the link at
 * its end, so no credit ever lacks the way back to the original.
 */
public final class CreditTemplate {

    public static final Set<String> PLACEHOLDERS =
            Set.of("title", "publisher", "canonicalUrl", "authors", "copyrightHolder", "year");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()#+!<>|~-])");

    private CreditTemplate() {}

    /** The placeholders in {@code template} that are not known, in order. */
    public static List<String> unknownPlaceholders(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    public static Credit render(String template, CreditFacts facts) {
        boolean linked = template.contains("{title}") || template.contains("{canonicalUrl}");
        boolean hasUrl = template.contains("{canonicalUrl}");
        String url = facts.canonicalUrl();
        boolean linkable = isWebUrl(url);

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            String literal = template.substring(at, m.start());
            text.append(literal);
            html.append(Html.escape(literal));
            markdown.append(markdownEscape(literal));
            String name = m.group(1);
            String value = value(name, facts);
            text.append(value);
            if (name.equals("title") && linkable) {
                html.append(anchor(url, value));
                markdown.append('[')
                        .append(markdownEscape(value))
                        .append("](<")
                        .append(markdownUrl(url))
                        .append(">)");
            } else if (name.equals("canonicalUrl") && linkable) {
                html.append(anchor(url, value));
                markdown.append('<').append(markdownUrl(url)).append('>');
            } else {
                html.append(Html.escape(value));
                markdown.append(markdownEscape(value));
            }
            at = m.end();
        }
        String rest = template.substring(at);
        text.append(rest);
        html.append(Html.escape(rest));
        markdown.append(markdownEscape(rest));
        if (!hasUrl && url != null && !url.isBlank()) {
            text.append(", ").append(url);
        }
        if (!linked && url != null && !url.isBlank()) {
            html.append(", ").append(linkable ? anchor(url, url) : Html.escape(url));
            markdown.append(", ").append(linkable ? "<" + markdownUrl(url) + ">" : markdownEscape(url));
        }
        return new Credit(tidy(text.toString()), tidy(html.toString()), tidy(markdown.toString()));
    }

    private static String value(String name, CreditFacts facts) {
        String value =
                switch (name) {
                    case "title" -> facts.title();
                    case "publisher" -> facts.publisher();
                    case "canonicalUrl" -> facts.canonicalUrl();
                    case "authors" -> facts.authors();
                    case "copyrightHolder" -> facts.copyrightHolder();
                    case "year" -> facts.year() == null ? null : facts.year().toString();
                    default -> "{" + name + "}";
                };
        return value == null ? "" : value;
    }

    private static String anchor(String url, String label) {
        return "<a href=\"" + Html.escape(url) + "\" rel=\"cite-as\">" + Html.escape(label) + "</a>";
    }

    static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !url.matches(".*[\\s<>\"].*");
    }

    private static String markdownEscape(String text) {
        return MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
    }

    private static String markdownUrl(String url) {
        return url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
    }

    /** An empty value leaves doubled spaces or a dangling separator; a credit reads better without them. */
    private static String tidy(String credit) {
        return credit.replaceAll(" {2,}", " ")
                .replaceAll("^[\\s,—–-]+|[\\s,—–-]+$", "")
                .strip();
    }
}
