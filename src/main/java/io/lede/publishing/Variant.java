package io.lede.publishing;

import jakarta.ws.rs.core.MediaType;

/** One of the answers a request target can have: for an audience, in a media type. Part of the cache key. */
public record Variant(Audience audience, MediaType mediaType) {

    /** What every public read answers today. */
    public static final Variant PUBLIC_JSON = new Variant(Audience.ANYONE, MediaType.APPLICATION_JSON_TYPE);

    /** Public XML (sitemaps), whose body is built as bytes already. */
    public static final Variant PUBLIC_XML =
            new Variant(Audience.ANYONE, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"));
}
