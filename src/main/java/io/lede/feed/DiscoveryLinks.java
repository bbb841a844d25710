package io.lede.feed;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Autodiscovery: article lists name their feeds ({@code Link: rel="alternate"} with the feed's media type, per tag or
 * author when the list is filtered by one), and article and quotation answers name their oEmbed. Added on the way
 * out, so the features that answer need not know feeds exist; on 304s too, as they stand for the 200.
 */
public class DiscoveryLinks {

    private static final Pattern ARTICLE = Pattern.compile("^/api/v1/(?:partner/)?articles/[^/]+$");
    private static final Pattern QUOTE = Pattern.compile("^/api/v1/(?:partner/)?quotes/\\d+$");
    private static final String OEMBED_TYPE = "application/json+oembed";

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if ((status != 200 && status != 304)
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String base = request.getUriInfo().getBaseUri().toString();
        String link;
        if (path.equals("/api/v1/articles")) {
            String tag = request.getUriInfo().getQueryParameters().getFirst("tag");
            String author = request.getUriInfo().getQueryParameters().getFirst("author");
            link = feeds(base, "feeds/articles", "All articles");
            if (tag != null && !tag.isBlank()) {
                link = feeds(base, "feeds/tags/" + Links.encode(tag), "Tag " + tag) + ", " + link;
            }
            if (author != null && !author.isBlank()) {
                link = feeds(base, "feeds/authors/" + Links.encode(author), "Author " + author) + ", " + link;
            }
        } else if (ARTICLE.matcher(path).matches() || QUOTE.matcher(path).matches()) {
            String self = base + path.substring(1);
            link = "<" + base + "oembed?url=" + Links.encode(self) + "&format=json>; rel=\"alternate\"; type=\""
                    + OEMBED_TYPE + "\"";
        } else {
            return;
        }
        Object existing = response.getHeaders().getFirst("Link");
        response.getHeaders().putSingle("Link", existing == null ? link : existing + ", " + link);
    }

    private static String feeds(String base, String path, String title) {
        return FeedFormat.ATOM.alternate(base + path + ".atom", title + " (Atom)") + ", "
                + FeedFormat.RSS.alternate(base + path + ".rss", title + " (RSS)") + ", "
                + FeedFormat.JSON.alternate(base + path + ".json", title + " (JSON Feed)");
    }
}
