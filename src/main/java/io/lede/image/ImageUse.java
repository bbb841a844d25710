package io.lede.image;

/**
 * Where an image is shown, as another feature counts it: articles name their featured and body images, people their
 * portraits. {@code embedsUrl}: the uses carry the source URL in their own text (a Markdown body), so the record's
 * URL cannot move under them.
 */
public record ImageUse(String where, long count, boolean embedsUrl) {}
