package io.lede.image;

/** What a source URL answered with: read from the image's own header, not from what the server claims. */
public record ProbedImage(String url, int width, int height, String mediaType, long byteSize) {}
