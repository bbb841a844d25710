package io.lede.feed;

import io.lede.article.SiteConfig;
import io.lede.publishing.Representation;
import io.lede.syndication.delivery.ArticleWithdrawn;
import io.lede.syndication.delivery.PartnerReadViews.AuthorView;
import io.lede.syndication.delivery.PartnerReadViews.PartnerArticle;
import io.lede.syndication.delivery.PartnerReadViews.PartnerQuote;
import io.lede.syndication.delivery.PartnerReads;
import io.lede.syndication.excerpt.Html;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * oEmbed for articles and quotations: a URL Lede serves (an article's canonical URL, the site's article URL, or
 * Lede's own API URL of an article or quotation) becomes a blockquote built from what the public may have under
 * the article's policy: the excerpt (none under nosnippet) or the whole quotation with its speaker, the credit and
 * the link. A quotation whose policy keeps quotations back, an embargoed or withdrawn article: nothing (404).
 */
@ApplicationScoped
public class OEmbeds {

    private static final Pattern API_ARTICLE = Pattern.compile("^/api/v1/(?:partner/)?articles/([^/]+)/?$");
    private static final Pattern API_QUOTE = Pattern.compile("^/api/v1/(?:partner/)?quotes/(\\d{1,18})/?$");
    private static final Pattern SITE_ARTICLE = Pattern.compile("^/articles/([^/]+)/?$");
    /** Characters per line of body text at a width, and the line height, for the height estimate. */
    private static final int PIXELS_PER_CHARACTER = 9;

    private static final int LINE_HEIGHT = 24;
    private static final int PADDING = 48;

    private final PartnerReads reads;
    private final SiteConfig site;
    private final FeedConfig config;
    private final EntityManager em;

    public OEmbeds(PartnerReads reads, SiteConfig site, FeedConfig config, EntityManager em) {
        this.reads = reads;
        this.site = site;
        this.config = config;
        this.em = em;
    }

    /** What a consumer asked for: the URL and the size it has room for. */
    public record Ask(String url, Integer maxWidth, Integer maxHeight) {}

    /** The embed of what {@code url} names, or empty when Lede serves nothing embeddable there. */
    @Transactional
    public Optional<Representation> embed(Ask ask, String base) {
        URI uri;
        try {
            uri = URI.create(ask.url().trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        URI api = URI.create(base);
        URI siteUri = URI.create(site.siteUrl());
        try {
            if (sameHost(uri, api)) {
                Matcher quote = API_QUOTE.matcher(path);
                if (quote.matches()) {
                    return quote(Long.parseLong(quote.group(1)), ask, base);
                }
                Matcher article = API_ARTICLE.matcher(path);
                if (article.matches()) {
                    return article(decode(article.group(1)), ask, base);
                }
            }
            if (sameHost(uri, siteUri)) {
                Matcher article = SITE_ARTICLE.matcher(path);
                if (article.matches()) {
                    return article(decode(article.group(1)), ask, base);
                }
            }
            Optional<String> byCanonical = em.createQuery(
                            "select a.slug from Article a where a.canonicalUrl = :url", String.class)
                    .setParameter("url", ask.url().trim())
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            return byCanonical.flatMap(slug -> article(slug, ask, base));
        } catch (ArticleWithdrawn withdrawn) {
            return Optional.empty();
        }
    }

    private Optional<Representation> article(String slug, Ask ask, String base) {
        return reads.article(slug, null, base).map(found -> {
            PartnerArticle article = (PartnerArticle) found.body();
            StringBuilder html = new StringBuilder();
            String link = Html.escape(article.canonicalUrl());
            html.append("<p><a href=\"")
                    .append(link)
                    .append("\"><strong>")
                    .append(Html.escape(article.title()))
                    .append("</strong></a></p>");
            int characters = article.title().length();
            if (article.excerpt() != null) {
                html.append(article.excerpt().html());
                characters += article.excerpt().text().length();
            }
            html.append("<footer>").append(article.attribution().html()).append("</footer>");
            characters += article.attribution().text().length();
            return answer(
                    found,
                    article.canonicalUrl(),
                    article.title(),
                    article.authors(),
                    html.toString(),
                    characters,
                    ask,
                    base);
        });
    }

    private Optional<Representation> quote(long id, Ask ask, String base) {
        return reads.quote(id, null, base).map(found -> {
            PartnerQuote quote = (PartnerQuote) found.body();
            String speaker = quote.speaker().name();
            String link = Html.escape(quote.article().canonicalUrl());
            StringBuilder html =
                    new StringBuilder("<p>“").append(Html.escape(quote.text())).append("”</p><footer>");
            if (speaker != null) {
                html.append("— ").append(Html.escape(speaker)).append(", in ");
            }
            html.append("<cite><a href=\"")
                    .append(link)
                    .append("\">")
                    .append(Html.escape(quote.article().title()))
                    .append("</a></cite><br>")
                    .append(quote.attribution().html())
                    .append("</footer>");
            String title = "“" + quote.text() + "”" + (speaker == null ? "" : " — " + speaker);
            int characters = quote.text().length()
                    + quote.article().title().length()
                    + quote.attribution().text().length()
                    + 40;
            List<AuthorView> author = quote.speaker().slug() == null
                    ? List.of()
                    : List.of(new AuthorView(quote.speaker().slug(), speaker));
            return answer(found, quote.article().canonicalUrl(), title, author, html.toString(), characters, ask, base);
        });
    }

    private Representation answer(
            Representation found,
            String canonical,
            String title,
            List<AuthorView> authors,
            String inner,
            int characters,
            Ask ask,
            String base) {
        int width = ask.maxWidth() == null ? config.oembedWidth() : Math.min(ask.maxWidth(), config.oembedWidth());
        int perLine = Math.max(1, (width - 32) / PIXELS_PER_CHARACTER);
        int lines = (characters + perLine - 1) / perLine + 3;
        int height = lines * LINE_HEIGHT + PADDING;
        String overflow = "";
        if (ask.maxHeight() != null && height > ask.maxHeight()) {
            height = ask.maxHeight();
            overflow = ";max-height:" + height + "px;overflow:auto";
        }
        String html = "<blockquote class=\"lede-embed\" cite=\"" + Html.escape(canonical) + "\" style=\"margin:0;"
                + "max-width:" + width + "px;box-sizing:border-box" + overflow + "\">" + inner + "</blockquote>";
        String authorNames = authors.stream().map(AuthorView::name).collect(Collectors.joining(" and "));
        OEmbedView view = new OEmbedView(
                "rich",
                "1.0",
                title,
                authorNames.isEmpty() ? null : authorNames,
                authors.size() == 1 ? base + "api/v1/people/" + authors.get(0).slug() : null,
                site.publisher(),
                site.siteUrl(),
                config.oembedCacheAge(),
                html,
                width,
                height);
        return new Representation(view, found.lastModified(), found.keys(), List.of());
    }

    private static boolean sameHost(URI asked, URI served) {
        return asked.getHost() != null
                && asked.getHost().equalsIgnoreCase(served.getHost())
                && port(asked) == port(served);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }
}
