package io.lede.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL building for feed and oEmbed links. */
final class Links {

    private Links() {}

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code base} (ending in a slash) and {@code path}, with the query when there is one. */
    static String url(String base, String path, String query) {
        return base + path + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    static String and(String query, String more) {
        return query.isEmpty() ? more : query + "&" + more;
    }
}
