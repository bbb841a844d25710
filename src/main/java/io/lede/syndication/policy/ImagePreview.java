package io.lede.syndication.policy;

/**
 * How much of an article's featured image partners may show, after the {@code max-image-preview} robots directive:
 * nothing, a thumbnail, or the image as published.
 */
public enum ImagePreview {
    none,
    thumbnail,
    standard
}
