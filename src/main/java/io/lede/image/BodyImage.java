package io.lede.image;

/** An image as a Markdown body names it: {@code ![alt](url)}. */
public record BodyImage(String url, String alt) {}
