package io.lede.feed;

import io.lede.web.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A feed asked for with an Accept header that allows none of its types is told which types it is written in, rather
 * than the general 406 (which speaks of JSON).
 */
public class FeedAcceptCheck {

    private static final Map<String, List<String>> TYPES = Map.of(
            "rss", List.of(FeedFormat.RSS_TYPE, "application/xml", "text/xml"),
            "atom", List.of(FeedFormat.ATOM_TYPE, "application/xml", "text/xml"),
            "json", List.of(FeedFormat.JSON_TYPE, "application/json"));

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank() || !path.startsWith("/feeds/")) {
            return;
        }
        List<String> types = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (types == null) {
            return;
        }
        for (String range : accept.split(",")) {
            MediaType asked;
            try {
                asked = MediaType.valueOf(range.trim());
            } catch (IllegalArgumentException e) {
                return; // a malformed header is the framework's to answer
            }
            for (String type : types) {
                if (asked.isCompatible(MediaType.valueOf(type))) {
                    return;
                }
            }
        }
        throw new ProblemException(
                406,
                "not-acceptable",
                "Not Acceptable",
                "This feed is written as " + String.join(", ", types)
                        + "; the Accept header allows none of them. Send one of these, or */*.");
    }
}
