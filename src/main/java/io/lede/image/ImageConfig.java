package io.lede.image;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Image records: how sources are fetched and checked, and how responsive variants are named; under lede.images. */
@ConfigMapping(prefix = "lede.images")
public interface ImageConfig {

    /**
     * The image host's resizing URL, for {@code srcset}: {@code {url}} is the source URL, {@code {encodedUrl}} the
     * same percent-encoded (for hosts that take it as a path segment) and {@code {width}} the width in pixels. Where
     * the source URL already has a query, a {@code ?} after {@code {url}} becomes {@code &}. Examples: imgix
     * {@code {url}?w={width}&auto=format}, Thumbor {@code https://thumbor.example/unsafe/{width}x0/{encodedUrl}}.
     */
    @WithDefault("{url}?w={width}")
    String resizeTemplate();

    /** The widths offered in {@code srcset}; those wider than the image itself are left out. */
    @WithDefault("320,640,960,1280,1920")
    List<Integer> widths();

    /** The {@code sizes} attribute of body images: how wide they are drawn. */
    @WithDefault("(max-width: 720px) 100vw, 720px")
    String sizes();

    /** The largest source Lede downloads to check, in bytes. */
    @WithDefault("20000000")
    long maxBytes();

    /** The most pixels (width times height) an image may declare: more is refused as a decompression bomb. */
    @WithDefault("50000000")
    long maxPixels();

    @WithDefault("3S")
    Duration connectTimeout();

    /** How long fetching a source may take, from request to the last byte. */
    @WithDefault("10S")
    Duration fetchTimeout();

    /** How many redirects a source may take; each hop is checked like the first URL. */
    @WithDefault("3")
    int maxRedirects();

    /** How many images one article body may show. */
    @WithDefault("50")
    int maxPerBody();
}
