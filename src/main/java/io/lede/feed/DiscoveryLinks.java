package io.lede.feed;

import io.lede.publishing.AnswerLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Autodiscovery: article lists name their feeds ({@code Link: rel="alternate"} with the feed's media type, per tag or
 * author when the list is filtered by one), and article and quotation answers name their oEmbed. Added by the front
 * door to every answer it builds, so the features that answer need not know feeds exist; on 304s too, as they stand
 * for the 200.
 */
@ApplicationScoped
public class DiscoveryLinks implements AnswerLinks {

    private static final Pattern ARTICLE = Pattern.compile("^/api/v1/(?:partner/)?articles/[^/]+$");
    private static final Pattern QUOTE = Pattern.compile("^/api/v1/(?:partner/)?quotes/\\d+$");
    private static final String OEMBED_TYPE = "application/json+oembed";

    @Override
    public Optional<String> linksFor(UriInfo target) {
        String path = target.getPath();
        String base = target.getBaseUri().toString();
        if (path.equals("/api/v1/articles")) {
            String tag = target.getQueryParameters().getFirst("tag");
            String author = target.getQueryParameters().getFirst("author");
            String link = feeds(base, "feeds/articles", "All articles");
            if (tag != null && !tag.isBlank()) {
                link = feeds(base, "feeds/tags/" + Links.encode(tag), "Tag " + tag) + ", " + link;
            }
            if (author != null && !author.isBlank()) {
                link = feeds(base, "feeds/authors/" + Links.encode(author), "Author " + author) + ", " + link;
            }
            return Optional.of(link);
        }
        if (ARTICLE.matcher(path).matches() || QUOTE.matcher(path).matches()) {
            String self = base + path.substring(1);
            return Optional.of("<" + base + "oembed?url=" + Links.encode(self) + "&format=json>; rel=\"alternate\";"
                    + " type=\"" + OEMBED_TYPE + "\"");
        }
        return Optional.empty();
    }

    private static String feeds(String base, String path, String title) {
        return FeedFormat.ATOM.alternate(base + path + ".atom", title + " (Atom)") + ", "
                + FeedFormat.RSS.alternate(base + path + ".rss", title + " (RSS)") + ", "
                + FeedFormat.JSON.alternate(base + path + ".json", title + " (JSON Feed)");
    }
}
