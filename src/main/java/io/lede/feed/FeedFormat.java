package io.lede.feed;

import jakarta.ws.rs.core.MediaType;

/** The feed formats Lede writes, each with its file extension and media type. */
public enum FeedFormat {
    RSS("rss", FeedFormat.RSS_TYPE),
    ATOM("atom", FeedFormat.ATOM_TYPE),
    JSON("json", FeedFormat.JSON_TYPE);

    public static final String RSS_TYPE = "application/rss+xml";
    public static final String ATOM_TYPE = "application/atom+xml";
    public static final String JSON_TYPE = "application/feed+json";

    final String extension;
    final MediaType mediaType;

    FeedFormat(String extension, String type) {
        this.extension = extension;
        this.mediaType = MediaType.valueOf(type).withCharset("UTF-8");
    }

    /** The value of a {@code Link: rel="alternate"} for this feed at {@code url}. */
    String alternate(String url, String title) {
        return "<" + url + ">; rel=\"alternate\"; type=\"" + mediaType.getType() + "/" + mediaType.getSubtype()
                + "\"; title=\"" + title.replace("\"", "'") + "\"";
    }
}
